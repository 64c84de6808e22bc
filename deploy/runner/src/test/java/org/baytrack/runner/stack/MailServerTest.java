package org.baytrack.runner.stack;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.baytrack.infra.FreePorts;
import org.baytrack.runner.mail.MailArchive;
import org.baytrack.runner.mail.MailFeed;
import org.baytrack.runner.mail.MailFeedTest;
import org.baytrack.runner.mail.MailSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {
    @TempDir
    Path dir;

    @Test
    void everyMessageReceivedOverSmtpIsKeptOncePerRecipient() throws Exception {
        int port = FreePorts.next();
        MailArchive archive = new MailArchive(dir.resolve("mail"));
        try (MailServer server = MailServer.start(port, archive)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", Integer.toString(port));
            var message = MailFeedTest.alert("one@example.org", "[Baytrack] 深江铁路", "深江铁路 (shenzhen-jiangmen-hsr)\n");
            message.addRecipients(jakarta.mail.Message.RecipientType.CC, "two@example.org");
            try (Transport transport = Session.getInstance(smtp).getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
            }
            assertThat(server.received()).hasSize(2);
        }
        var kept = new MailFeed(archive, 2, null).next();
        assertThat(kept).extracting(MailSummary::to)
                .containsExactlyInAnyOrder("one@example.org", "two@example.org");
        assertThat(kept).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("[Baytrack] 深江铁路");
            assertThat(m.firstLines()).containsExactly("深江铁路 (shenzhen-jiangmen-hsr)");
        });
    }
}
