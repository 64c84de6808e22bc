package org.baytrack.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.baytrack.notification.channel.Attempt;
import org.baytrack.notification.webhook.WebhookUrlPolicy.Allowances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Real sockets on loopback: a Vert.x client against a JDK HTTP server, and raw TCP peers that are not HTTP. */
class WebhookClientTest {
    private final Vertx vertx = Vertx.vertx();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private volatile int answer = 204;
    private volatile byte[] answerBody = new byte[0];

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                hosts.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI());
                exchange.sendResponseHeaders(answer, answerBody.length == 0 ? -1 : answerBody.length);
                if (answerBody.length > 0) {
                    exchange.getResponseBody().write(answerBody);
                }
            }
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        vertx.close();
    }

    /** A resolver that answers {@code first} once and {@code then} ever after, and counts the lookups. */
    private record Rebinding(String first, String then, AtomicInteger lookups) implements WebhookUrlPolicy.Resolver {
        Rebinding(String first, String then) {
            this(first, then, new AtomicInteger());
        }

        @Override
        public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
            return new InetAddress[]{InetAddress.getByName(lookups.getAndIncrement() == 0 ? first : then)};
        }
    }

    private WebhookClient client(WebhookUrlPolicy.Resolver resolver, int... loopbackPorts) {
        Set<Integer> ports = new java.util.HashSet<>();
        for (int p : loopbackPorts) {
            ports.add(p);
        }
        return new WebhookClient(vertx, new WebhookUrlPolicy(new Allowances(false, ports, false), resolver),
                Duration.ofSeconds(2), 4);
    }

    private Attempt post(WebhookClient client, String url) {
        return client.post(url, Map.of("Content-Type", "application/json"), "{\"hello\":\"world\"}");
    }

    @Test
    void connectsToTheAddressItCheckedAndKeepsTheHostName() {
        int port = receiver.getAddress().getPort();
        Rebinding dns = new Rebinding("127.0.0.1", "10.20.30.40");
        try (WebhookClient client = client(dns, port)) {
            Attempt attempt = post(client, "http://hooks.baytrack-test.example:" + port + "/hook?from=baytrack");
            assertThat(attempt.success()).as(String.valueOf(attempt.error())).isTrue();
        }
        assertThat(dns.lookups()).hasValue(1);
        assertThat(hosts).containsExactly("hooks.baytrack-test.example:" + port + " /hook?from=baytrack");
    }

    @Test
    void anIpv6LiteralKeepsItsBracketsInTheHostHeader() {
        int port = receiver.getAddress().getPort();
        try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"), port)) {
            assertThat(post(client, "http://[::1]:" + port + "/hook").success()).isTrue();
        }
        assertThat(hosts).containsExactly("[::1]:" + port + " /hook");
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNeverLookedUpAgain() {
        int port = receiver.getAddress().getPort();
        Rebinding dns = new Rebinding("203.0.113.7", "127.0.0.1");
        Attempt attempt;
        try (WebhookClient client = client(dns, port)) {
            attempt = post(client, "http://rebind.baytrack-test.example:" + port + "/hook");
        }
        assertThat(dns.lookups()).hasValue(1);
        assertThat(hosts).as("the loopback receiver the second answer points at").isEmpty();
        assertThat(attempt.success()).isFalse();
        assertThat(attempt.error()).contains("203.0.113.7:" + port);
    }

    @Test
    void anHttpErrorKeepsTheStatusLineAndAtMost200BytesOfTheBody() {
        answer = 500;
        answerBody = ("the receiver broke: " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        int port = receiver.getAddress().getPort();
        Attempt attempt;
        try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"), port)) {
            attempt = post(client, "http://127.0.0.1:" + port + "/hook");
        }
        assertThat(attempt.error()).startsWith("HTTP 500 Internal Server Error: the receiver broke: xxx");
        String body = attempt.error().substring("HTTP 500 Internal Server Error: ".length());
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }

    @Test
    void gone410IsToldApart() {
        answer = 410;
        int port = receiver.getAddress().getPort();
        try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"), port)) {
            Attempt attempt = post(client, "http://127.0.0.1:" + port + "/hook");
            assertThat(attempt.gone()).isTrue();
            assertThat(attempt.error()).startsWith("HTTP 410 Gone");
        }
    }

    @Test
    void aPeerThatIsNotHttpGetsAFixedDescriptionAndNoneOfItsBytes() throws Exception {
        byte[] notHttp = "E\0\0\0\u0090SFATAL\0C0A000\0Mdatabase baytrack-secret-table does not exist\0\0"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] says : List.of(notHttp, new byte[0])) {
            try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread t = new Thread(() -> {
                    try (Socket s = peer.accept(); OutputStream out = s.getOutputStream()) {
                        s.getInputStream().read(new byte[64]);
                        out.write(says);
                        out.flush();
                    } catch (IOException ignored) {
                        // the client may close first
                    }
                });
                t.start();
                Attempt attempt;
                try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"), peer.getLocalPort())) {
                    attempt = post(client, "http://127.0.0.1:" + peer.getLocalPort() + "/hook");
                }
                t.join(5000);
                assertThat(attempt.success()).isFalse();
                assertThat(attempt.error()).as("said %d bytes", says.length)
                        .doesNotContain("FATAL").doesNotContain("secret").doesNotContain("database")
                        .matches("127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1:\\d+\\) "
                                + "(did not answer with HTTP|closed the connection without an HTTP answer)");
            }
        }
    }

    @Test
    void aClosedPortSaysConnectionRefused() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"), closed)) {
            assertThat(post(client, "http://127.0.0.1:" + closed + "/hook").error())
                    .isEqualTo("could not connect to 127.0.0.1 (127.0.0.1:" + closed + "): connection refused");
        }
    }

    @Test
    void aRefusedUrlIsNotSent() {
        try (WebhookClient client = client(new Rebinding("127.0.0.1", "127.0.0.1"))) {
            assertThat(post(client, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook").error())
                    .startsWith("refused: ").contains("loopback");
        }
        assertThat(hosts).isEmpty();
    }
}
