package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The four built services as separate processes on a real Kafka broker and a real PostgreSQL, driven only through
 * their public APIs, as a user would.
 */
class PipelineIT {
    static final String SEED = "000_d4eb6ef48fb1f2de.txt";
    static final List<String> TRACKED = List.of("huangmaohai-passage", "zhongkai-expressway", "shenzhen-jiangmen-hsr");

    static E2eStack e2e;

    @BeforeAll
    static void startTheStack() throws Exception {
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
    }

    @AfterAll
    static void stopTheStack() {
        if (e2e != null) {
            long t = System.nanoTime();
            e2e.stop();
            System.out.println("[e2e] stack stopped in " + StackLauncher.seconds(System.nanoTime() - t)
                    + "; no child process left: " + (ProcessHandle.current().descendants().count() == 0));
        }
    }

    @Test
    void seedArticleAboutHuangmaohaiRaisesASignedWebhookAlert() throws Exception {
        Path seed = E2eStack.SEEDS.resolve(SEED);
        assertThat(seed).as("seed document (set -Dbaytrack.seeds)").isRegularFile();
        BaytrackClient client = e2e.client;
        String secret = "s3cret";
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            ObjectNode subscription = BaytrackClient.JSON.createObjectNode();
            subscription.putArray("projects").add("huangmaohai-passage");
            // The seed is a 2021 article: the tracker may mark its changes historical, which subscribers opt into.
            subscription.put("historical", true);
            subscription.putObject("webhook").put("url", receiver.url()).put("secret", secret);
            JsonNode created = client.subscribe(subscription, e2e.apiKey);
            System.out.println("[e2e] subscribed " + receiver.url() + ": " + created);

            var result = client.ingest(Files.readAllBytes(seed), "text/plain", Map.of());
            System.out.println("[e2e] POST /documents " + SEED + " -> " + result);
            assertThat(result.rejected()).as("ingest said: " + result.detail()).isFalse();

            WebhookReceiver.Delivery alert = receiver.await(
                    d -> d.body().contains("huangmaohai-passage"), E2eStack.timeout("baytrack.e2e.alertTimeout", 120));
            if (alert == null) {
                fail("No alert for huangmaohai-passage reached the webhook within the timeout. Service logs:" + e2e.logs());
            }
            assertThat(alert.signatureValid()).as("Baytrack-Signature %s verifies", alert.signature()).isTrue();
            assertThat(alert.contentType()).startsWith("application/cloudevents+json");
            assertThat(alert.eventId()).isNotBlank();
            JsonNode event = BaytrackClient.JSON.readTree(alert.body());
            JsonNode data = event.has("data") ? event.get("data") : event;
            assertThat(data.path("projectId").asText()).isEqualTo("huangmaohai-passage");
            System.out.println("[e2e] alert " + alert.eventId() + ": " + data.path("change").asText() + " -> "
                    + data.path("current"));

            JsonNode timeline = client.timeline("huangmaohai-passage");
            assertThat(timeline.isArray() && timeline.size() > 0).as("timeline of huangmaohai-passage: %s", timeline).isTrue();

            // ingest learns from the catalog which canonical article the document became
            long deadline = System.currentTimeMillis() + 30_000;
            String article = "";
            while (article.isEmpty() && System.currentTimeMillis() < deadline) {
                article = client.document(result.id()).path("article").asText("");
                Thread.sleep(200);
            }
            assertThat(article).as("GET /documents/%s names its article", result.id()).startsWith("art-");
        }
    }

    @Test
    void trackerListsTheThreeTrackedProjects() {
        JsonNode projects = e2e.client.projects();
        List<String> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(p.path("id").asText()));
        assertThat(ids).containsAll(TRACKED);
    }

    @Test
    void sameDocumentTwiceIsStoredOnce() throws Exception {
        byte[] bytes = Files.readAllBytes(E2eStack.SEEDS.resolve("002_fb6c8c52ba9a33c2.txt"));
        var first = e2e.client.ingest(bytes, "text/plain", Map.of());
        var second = e2e.client.ingest(bytes, "text/plain", Map.of());
        assertThat(second.status()).isEqualTo("duplicate");
        assertThat(second.id()).isEqualTo(first.id());
    }

    /** Seed 002 says 南沙大桥 opened but carries no date, and none is sent: the board must not date it today. */
    @Test
    void anUndatedDocumentOpensItsProjectWithoutDatingIt() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var result = e2e.client.ingest(Files.readAllBytes(E2eStack.SEEDS.resolve("002_fb6c8c52ba9a33c2.txt")),
                "text/plain", Map.of());
        assertThat(result.rejected()).as("ingest said: " + result.detail()).isFalse();

        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode project = e2e.client.project("nansha-bridge");
        while (!"opened".equals(BaytrackClient.text(project, "status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            project = e2e.client.project("nansha-bridge");
        }
        assertThat(BaytrackClient.text(project, "status")).as("nansha-bridge: %s", project).isEqualTo("opened");
        assertThat(BaytrackClient.text(project, "statusDate")).as("nansha-bridge: %s", project).isNull();

        JsonNode timeline = e2e.client.timeline("nansha-bridge");
        List<JsonNode> opened = new ArrayList<>();
        timeline.forEach(entry -> {
            if ("opened".equals(entry.path("kind").asText())) {
                opened.add(entry);
            }
        });
        assertThat(opened).as("timeline of nansha-bridge: %s", timeline).singleElement().satisfies(entry -> {
            assertThat(BaytrackClient.text(entry, "date")).isNull();
            assertThat(BaytrackClient.text(entry, "effectiveDate")).isNull();
        });
        assertThat(project.toString() + timeline).doesNotContain(today);
        assertThat(BaytrackClient.text(e2e.client.document(result.id()), "published")).isNull();
    }

    @Test
    void everyServiceReportsReadyOnKafkaAndPostgres() {
        for (Service s : Service.values()) {
            var health = e2e.client.health(s);
            assertThat(health.up()).as("%s health: %s", s.module(), health.body()).isTrue();
        }
        assertThat(Duration.ofNanos(e2e.stack.startup().toNanos())).isLessThan(Duration.ofMinutes(3));
    }
}
