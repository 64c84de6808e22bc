package org.baytrack.runner.cli;

import org.baytrack.infra.FreePorts;
import org.baytrack.runner.mail.MailArchive;
import org.baytrack.runner.stack.MailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatusSmtpTest {
    @Test
    void aGreetingServerIsUpAndAClosedPortUnreachable(@TempDir Path dir) {
        int port = FreePorts.next();
        try (MailServer server = MailServer.start(port, new MailArchive(dir))) {
            assertThat(StatusCommand.smtp("127.0.0.1:" + server.port())[0]).isEqualTo("UP");
        }
        assertThat(StatusCommand.smtp("127.0.0.1:" + port)[0]).isEqualTo("UNREACHABLE");
    }
}
