package org.baytrack.runner.cli;

import com.sun.net.httpserver.HttpServer;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a stand-in for ingest and notification that records what it is sent. */
class SampleIngestTest {
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;
    private BaytrackClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
            boolean subscription = exchange.getRequestURI().getPath().equals("/subscriptions");
            byte[] answer = (subscription ? "{\"id\":\"sub-1\"}"
                    : "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"the body is empty\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", subscription ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(subscription ? 201 : 400, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        client = new BaytrackClient(new Endpoints(Map.of(Service.INGEST, url, Service.CATALOG, url,
                Service.TRACKER, url, Service.NOTIFICATION, url)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theLocalMailboxIsSubscribedToEveryHistoricalAlertOncePerDataFolder(@TempDir Path dataDir) throws Exception {
        SampleIngest samples = new SampleIngest(client, dataDir, new PrintWriter(out, true), new PrintWriter(err, true));
        samples.subscribeLocalMailbox();
        samples.subscribeLocalMailbox();

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).startsWith("POST /subscriptions ");
        var sent = BaytrackClient.JSON.readTree(requests.get(0).substring("POST /subscriptions ".length()));
        assertThat(sent).isEqualTo(SampleIngest.localMailboxSubscription());
        assertThat(sent.path("projects").get(0).asText()).isEqualTo("*");
        assertThat(sent.path("historical").asBoolean()).isTrue();
        assertThat(sent.path("email").asText()).isEqualTo("you@baytrack.local");
        assertThat(Files.readString(dataDir.resolve(SampleIngest.LOCAL_MAILBOX_FILE))).isEqualTo("sub-1\n");
        assertThat(out.toString()).contains("Subscribed you@baytrack.local to every project's alerts (id sub-1)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEmptySampleFolderSendsNothing(@TempDir Path samplesDir) {
        new SampleIngest(client, samplesDir, new PrintWriter(out, true), new PrintWriter(err, true))
                .ingest(samplesDir, service -> true);
        assertThat(requests).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRefusedSampleIsNamedWithTheReasonAndNothingIsAwaited(@TempDir Path samplesDir) throws Exception {
        Files.writeString(samplesDir.resolve("report.txt"), "港珠澳大桥");
        new SampleIngest(client, samplesDir, new PrintWriter(out, true), new PrintWriter(err, true))
                .ingest(samplesDir, service -> service == Service.CATALOG);

        assertThat(requests).singleElement().asString().startsWith("POST /documents ");
        assertThat(out.toString()).contains("Ingesting 1 sample documents from " + samplesDir)
                .contains("1 document(s): 0 accepted, 0 duplicate, 1 rejected")
                .doesNotContain("cataloged");
        assertThat(err.toString()).contains("rejected " + samplesDir.resolve("report.txt")).contains("the body is empty");
    }
}
