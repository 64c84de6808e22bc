package org.baytrack.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void aStackThatIsNotRunningIsAnErrorLineAndExitCodeTwo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String url = "http://127.0.0.1:" + port;
        int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--ingest-url=" + url, "--catalog-url=" + url, "--tracker-url=" + url,
                        "--notification-url=" + url, "--docs=10");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").contains("is not ready at " + url).doesNotContain("\tat ");
    }

    @Test
    void whatStoppedARunIsToldWithItsCausesAndNoStackTrace() {
        Exception e = new IllegalStateException("the webhook receiver did not start",
                new BindException("Address already in use"));
        assertThat(BenchCommand.reason(e)).isEqualTo("the webhook receiver did not start: Address already in use");
        assertThat(BenchCommand.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
