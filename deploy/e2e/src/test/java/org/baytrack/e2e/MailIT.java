package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.runner.Baytrack;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.ingest.DocumentFiles;
import org.baytrack.runner.ingest.Uploader;
import org.baytrack.runner.stack.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail on a fresh stack as a user sees it: an e-mail subscription made before the samples go in receives their
 * alerts at the stack's own SMTP server, as multipart text and HTML with list and thread headers, {@code ./baytrack
 * mail} lists them, and the one-click unsubscribe link in the headers stops further mail.
 */
class MailIT {
    private static final Pattern SENTENCE = Pattern.compile("^「(.+)」$", Pattern.MULTILINE);
    private static final Pattern ONE_CLICK_URL = Pattern.compile("<(https?://[^>]+/unsubscribe/[^>]+)>");

    static E2eStack e2e;

    @BeforeAll
    static void startTheStack() throws Exception {
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
    }

    @AfterAll
    static void stopTheStack() {
        if (e2e != null) {
            e2e.stop();
        }
    }

    @Test
    void anEmailSubscriberGetsTheSamplesAlertsThreadedPerProjectUntilOneClickUnsubscribe() throws Exception {
        BaytrackClient client = e2e.client;
        String reader = "reader@example.org";
        String witness = "witness@example.org";
        String readerSubscription = subscribeEmail(reader);
        subscribeEmail(witness);

        Path samples = E2eStack.ROOT.resolve("deploy/samples");
        Uploader.Summary summary = new Uploader(client, null, null, false)
                .upload(DocumentFiles.expand(List.of(samples)), System.out, false, System.out);
        assertThat(summary.rejected()).as(summary.line()).isZero();
        assertThat(ProcessingWait.awaitCataloged(client, summary.ids(), Duration.ofSeconds(90)))
                .isEqualTo(summary.ids().size());
        ProcessingWait.awaitBoardSettled(client, Duration.ofSeconds(3), Duration.ofSeconds(60));
        List<MimeMessage> mail = awaitAllDelivered(readerSubscription, reader);
        System.out.println("[e2e] " + reader + " received " + mail.size() + " alert(s)");

        Set<String> projects = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage m : mail) {
            String project = projectOf(m);
            projects.add(project);
            assertThat(messageIds.add(m.getMessageID())).as("Message-ID %s is unique", m.getMessageID()).isTrue();
            assertThat(m.getHeader("In-Reply-To", null)).isEqualTo("<project." + project + "@baytrack.local>")
                    .isEqualTo(m.getHeader("References", null));
            assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(m.getHeader("List-Unsubscribe", null)).startsWith("<mailto:").contains(oneClickUrl(m));

            assertThat(m.getContentType()).startsWith("multipart/alternative");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            String text = part(parts, "text/plain");
            String html = part(parts, "text/html");
            Matcher sentence = SENTENCE.matcher(text);
            assertThat(sentence.find()).as("evidence sentence in %s", text).isTrue();
            assertThat(sentencesOnTimeline(project)).as("the timeline of %s reports the sentence", project)
                    .contains(sentence.group(1));
            assertThat(html).contains(escape(sentence.group(1)));
            Matcher link = Pattern.compile(Pattern.quote(e2e.url(Service.CATALOG)) + "/articles/art-[\\w-]+").matcher(text);
            assertThat(link.find()).as("article link in %s", text).isTrue();
            assertThat(html).contains("<a href=\"" + link.group() + "\">");
        }
        assertThat(projects).containsAll(PipelineIT.TRACKED);

        String listed = runner("mail", "--data-dir", e2e.dataDir().toString(), "--to", reader);
        assertThat(listed).contains(mail.size() + " message(s)");
        for (MimeMessage m : mail) {
            assertThat(listed).contains(m.getSubject());
        }

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(oneClickUrl(mail.get(0)))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reader);
        HttpResponse<String> unsubscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(oneClickUrl(mail.get(0))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);

        // seed 002 opens a project the samples never mention: a new alert, which only the witness may get
        int before = mailTo(reader).size();
        var result = client.ingest(Files.readAllBytes(E2eStack.SEEDS.resolve("002_fb6c8c52ba9a33c2.txt")),
                "text/plain", Map.of());
        assertThat(result.rejected()).as(result.detail()).isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (mailTo(witness).stream().noneMatch(m -> projectOf(m).equals("nansha-bridge"))
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(mailTo(witness)).as("the witness's alert for nansha-bridge").anyMatch(m -> projectOf(m).equals("nansha-bridge"));
        Thread.sleep(1000);
        assertThat(mailTo(reader)).as("mail to the unsubscribed reader").hasSize(before);
    }

    private static String subscribeEmail(String address) {
        ObjectNode body = BaytrackClient.JSON.createObjectNode();
        body.putArray("projects").add("*");
        // stale and revived are left out: the tracker's stale check runs 30 s after start-up, so whether the
        // samples' projects are already known then (and alert as stale) depends on timing, not on the samples
        var kinds = body.putArray("kinds");
        EnumSet.complementOf(EnumSet.of(ChangeKind.STALE, ChangeKind.REVIVED)).forEach(k -> kinds.add(k.code()));
        body.put("historical", true);
        body.put("email", address);
        JsonNode created = e2e.client.subscribe(body);
        return BaytrackClient.text(created, "id");
    }

    /** Once the subscription has nothing pending, the SMTP server must hold one message per delivered alert. */
    private static List<MimeMessage> awaitAllDelivered(String subscription, String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode log = deliveries(subscription);
            int delivered = 0;
            boolean pending = false;
            for (JsonNode d : log) {
                delivered += "delivered".equals(d.path("status").asText()) ? 1 : 0;
                pending |= "pending".equals(d.path("status").asText());
            }
            List<MimeMessage> received = mailTo(address);
            if (delivered > 0 && !pending && received.size() == delivered) {
                return received;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("deliveries " + log + " but " + received.size() + " message(s) to " + address
                        + e2e.logs());
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode deliveries(String subscription) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        e2e.url(Service.NOTIFICATION) + "/subscriptions/" + subscription + "/deliveries?limit=1000"))
                .header("Authorization", "Bearer " + e2e.adminKey).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return BaytrackClient.JSON.readTree(r.body());
    }

    private static List<MimeMessage> mailTo(String address) {
        return e2e.stack.mail().received().stream().filter(m -> {
            try {
                var to = m.getRecipients(Message.RecipientType.TO);
                return to != null && to.length == 1 && to[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The project id the text part names on its first line: "<name> (<id>)". */
    private static String projectOf(MimeMessage m) {
        try {
            String first = part((MimeMultipart) m.getContent(), "text/plain").lines().findFirst().orElse("");
            return first.substring(first.lastIndexOf('(') + 1, first.lastIndexOf(')'));
        } catch (Exception e) {
            throw new AssertionError("unreadable alert", e);
        }
    }

    private static String part(MimeMultipart parts, String type) throws Exception {
        assertThat(parts.getCount()).isEqualTo(2);
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.isMimeType(type)) {
                return p.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String oneClickUrl(MimeMessage m) throws Exception {
        Matcher url = ONE_CLICK_URL.matcher(m.getHeader("List-Unsubscribe", null));
        assertThat(url.find()).as("List-Unsubscribe %s", m.getHeader("List-Unsubscribe", null)).isTrue();
        assertThat(url.group(1)).startsWith(e2e.url(Service.NOTIFICATION) + "/unsubscribe/");
        return url.group(1);
    }

    private static List<String> sentencesOnTimeline(String project) {
        List<String> sentences = new ArrayList<>();
        e2e.client.timeline(project).forEach(entry -> entry.path("evidence")
                .forEach(ev -> sentences.add(ev.path("sentence").asText())));
        return sentences;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String runner(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Baytrack.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println("[e2e] ./baytrack " + String.join(" ", args) + " (exit " + code + "):\n" + text);
        assertThat(code).isZero();
        return text;
    }
}
