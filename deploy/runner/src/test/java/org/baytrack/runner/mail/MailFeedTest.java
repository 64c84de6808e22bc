package org.baytrack.runner.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

public class MailFeedTest {
    @TempDir
    Path dir;

    public static MimeMessage alert(String to, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("alerts@baytrack.local"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(Instant.parse("2026-12-01T10:15:30Z")));
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>only in the HTML part</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    @Test
    void firstCallShowsEveryKeptMessageOldestFirstThenOnlyNewOnes() throws Exception {
        MailArchive archive = new MailArchive(dir.resolve("mail"));
        MailFeed feed = new MailFeed(archive, 3, null);
        assertThat(feed.next()).isEmpty();

        archive.store("a@example.org", alert("a@example.org", "[Baytrack] 黄茅海跨海通道 · 新里程碑 / New milestone",
                "黄茅海跨海通道 (huangmaohai-passage)\n新里程碑 / New milestone\n\n现在 / Now: opened\nfourth line\n"));
        archive.store("b@example.org", alert("b@example.org", "second", "line one\n"));
        var first = feed.next();
        assertThat(first).extracting(MailSummary::to).containsExactly("a@example.org", "b@example.org");
        assertThat(first.get(0).subject()).isEqualTo("[Baytrack] 黄茅海跨海通道 · 新里程碑 / New milestone");
        assertThat(first.get(0).firstLines()).containsExactly("黄茅海跨海通道 (huangmaohai-passage)",
                "新里程碑 / New milestone", "现在 / Now: opened");
        assertThat(feed.next()).isEmpty();

        archive.store("a@example.org", alert("a@example.org", "third", "x"));
        assertThat(feed.next()).extracting(MailSummary::subject).containsExactly("third");
    }

    @Test
    void theEnvelopeRecipientIsShownEvenWhenTheHeaderNamesSomeoneElse() throws Exception {
        MailArchive archive = new MailArchive(dir);
        archive.store("bcc@example.org", alert("list@example.org", "s", "t"));
        assertThat(new MailFeed(archive, 1, null).next()).extracting(MailSummary::to).containsExactly("bcc@example.org");
    }

    @Test
    void toFilterKeepsOnlyMatchingRecipients() throws Exception {
        MailArchive archive = new MailArchive(dir);
        archive.store("you@baytrack.local", alert("you@baytrack.local", "mine", "t"));
        archive.store("other@example.org", alert("other@example.org", "theirs", "t"));
        assertThat(new MailFeed(archive, 1, "YOU@").next()).extracting(MailSummary::subject).containsExactly("mine");
    }

    @Test
    void listingShowsTimeRecipientSubjectAndQuotedLines() throws Exception {
        MailArchive archive = new MailArchive(dir);
        archive.store("a@example.org", alert("a@example.org", "Subject line", "first\nsecond\n"));
        String shown = new MailListing(ZoneOffset.UTC).format(new MailFeed(archive, 4, null).next().get(0));
        assertThat(shown).isEqualTo("2026-12-01 10:15:30  to a@example.org\n  Subject line\n  | first\n  | second\n");
    }

    @Test
    void listingCutsLongLinesToTheTerminal() {
        String longLine = "字".repeat(300);
        String shown = new MailListing(ZoneOffset.UTC).format(new MailSummary(null, "a", "s", java.util.List.of(longLine)));
        assertThat(shown.lines().toList().get(2)).endsWith("…").hasSizeLessThan(120);
    }
}
