package org.baytrack.runner.stack;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortGuardTest {
    @Test
    void takenPortIsReportedWithWhatNeedsItAndWhoHoldsIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var conflicts = PortGuard.conflicts(List.of(new StackConfig.PortUse(taken.getLocalPort(), "Kafka")));
            assertThat(conflicts).hasSize(1);
            String message = conflicts.get(0).describe();
            assertThat(message).startsWith("port " + taken.getLocalPort() + " (for Kafka) is already in use by ");
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertThat(message).contains("pid " + ProcessHandle.current().pid());
            }
        }
    }

    @Test
    void freePortIsNoConflict() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(PortGuard.conflicts(List.of(new StackConfig.PortUse(port, "x")))).isEmpty();
    }
}
