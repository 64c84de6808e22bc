package org.baytrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.bench.BenchCommand;
import org.baytrack.runner.synthetic.BenchProjects;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.ingest.DocumentFiles;
import org.baytrack.runner.ingest.Uploader;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short bench on a stack that holds the samples' board: the board and every real project's timeline read the same,
 * byte for byte, before and after it, and none of the bench's own projects is left behind.
 */
class BenchIsolationIT {
    static final int DOCS = 200;

    static E2eStack e2e;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheStackWithTheSamples() throws Exception {
        E2eStack.requireBuiltServices();
        e2e = E2eStack.start();
        Uploader.Summary summary = new Uploader(e2e.client, null, null, false)
                .upload(DocumentFiles.expand(List.of(E2eStack.ROOT.resolve("deploy/samples"))), System.out, false, System.out);
        assertThat(summary.rejected()).as(summary.line()).isZero();
        assertThat(ProcessingWait.awaitCataloged(e2e.client, summary.ids(), Duration.ofSeconds(90)))
                .isEqualTo(summary.ids().size());
        ProcessingWait.awaitBoardSettled(e2e.client, Duration.ofSeconds(3), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopTheStack() {
        if (e2e != null) {
            e2e.stop();
        }
    }

    @Test
    void aBenchRunLeavesTheRealBoardAndTimelinesByteForByteAsTheyWere() throws Exception {
        Map<String, String> before = snapshot();
        assertThat(before.get("/projects")).contains("huangmaohai-passage");
        assertThat(before.keySet()).as("the samples gave timelines to compare").hasSizeGreaterThan(3);

        Path report = Files.createTempFile("bench-isolation-", ".json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--ingest-url=" + e2e.url(Service.INGEST), "--catalog-url=" + e2e.url(Service.CATALOG),
                        "--tracker-url=" + e2e.url(Service.TRACKER), "--notification-url=" + e2e.url(Service.NOTIFICATION),
                        "--admin-key-file=" + StackKeys.adminFile(e2e.dataDir()), "--ingest-key-file=" + StackKeys.ingestFile(e2e.dataDir()),
                        "--kafka=" + e2e.stack.kafkaBootstrapServers(),
                        "--webhook-port=" + e2e.webhookPort(0),
                        "--docs=" + DOCS, "--rate=100", "--warmup=0", "--projects=4", "--drain-timeout=15",
                        "--floor-seconds=0", "--read-seconds=0", "--out=" + report);
        System.out.println("[e2e] bench output:\n" + out + err);
        // the error line first: a failure's summary shows the start of this message
        assertThat(exit).as("bench exit code, errors: %s%noutput:%n%s", err, out).isIn(0, 1);
        assertThat(err.toString()).as("bench errors and warnings").doesNotContain("error:");
        assertThat(Files.size(report)).as("bench report written").isPositive();
        JsonNode result = BaytrackClient.JSON.readTree(report.toFile());
        assertThat(result.get("sent").asInt()).as("documents the bench sent").isEqualTo(DOCS);
        assertThat(result.get("alerts").asInt()).as("alerts about the bench's projects").isPositive();
        assertThat(err.toString()).doesNotContain("could not remove the bench projects");

        Map<String, String> after = snapshot();
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, body) -> assertThat(after.get(path)).as(path).isEqualTo(body));
        assertThat(ids(e2e.client.projects())).noneMatch(id -> id.startsWith(BenchProjects.ID_PREFIX));
        assertThat(ids(BaytrackClient.JSON.readTree(get(Service.CATALOG, "/entities"))))
                .noneMatch(id -> id.startsWith(BenchProjects.ID_PREFIX));
    }

    /** GET /projects and each project's timeline, as the tracker sends them. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        String board = get(Service.TRACKER, "/projects");
        bodies.put("/projects", board);
        for (String id : ids(BaytrackClient.JSON.readTree(board))) {
            bodies.put("/projects/" + id + "/timeline", get(Service.TRACKER, "/projects/" + id + "/timeline"));
        }
        return bodies;
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(p -> p.get("id").asText()).toList();
    }

    private String get(Service service, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(e2e.url(service) + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }
}
