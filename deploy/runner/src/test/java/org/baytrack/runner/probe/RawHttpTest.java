package org.baytrack.runner.probe;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class RawHttpTest {
    @Test
    void aChunkedAnswerIsJoined() {
        var a = RawHttp.parse(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n3\r\n 1}\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("content-type")).isEqualTo("application/problem+json");
        assertThat(a.body()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void somethingThatIsNotHttpIsNoAnswer() {
        assertThat(RawHttp.parse("SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.UTF_8)).status()).isZero();
    }

    @Test
    void controlCharactersAndAnnouncedLengthsGoOutExactlyAsWritten() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    ByteArrayOutputStream head = new ByteArrayOutputStream();
                    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                        head.write(in.read());
                    }
                    s.getOutputStream().write(("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/problem+json\r\n"
                            + "Content-Length: 15\r\n\r\n{\"detail\":\"x\"}").getBytes(StandardCharsets.ISO_8859_1));
                    return head.toString(StandardCharsets.ISO_8859_1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            var answer = RawHttp.exchange(URI.create("http://127.0.0.1:" + server.getLocalPort()), "POST", "/documents/%zz",
                    Map.of("X-Probe", "a\u0001b"), null, 20L * 1024 * 1024, Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).isEqualTo("{\"detail\":\"x\"}");
            assertThat(received.get()).startsWith("POST /documents/%zz HTTP/1.1\r\n").contains("X-Probe: a\u0001b\r\n")
                    .contains("Content-Length: 20971520\r\n");
        }
    }
}
