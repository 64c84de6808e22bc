package org.baytrack.ingest.document;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baytrack.events.EventCodec;
import org.baytrack.events.Topics;
import org.baytrack.infra.PostgresServer;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.PackagedService;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Crashes the packaged ingest service between storing documents and publishing their events. */
class IngestCrashIT {
    private static final Path JAR = Path.of(System.getProperty("ingest.app.jar", "target/quarkus-app/quarkus-run.jar"));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void documentsStoredBeforeACrashArePublishedExactlyOnceAfterRestart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        // 1. the relay dies before publishing anything: documents are acknowledged, stored, and held back
        try (var service = PackagedService.start(JAR, "ingest", "crash-it-relay-dead",
                Map.of("baytrack.outbox.enabled", "false"))) {
            for (int i = 0; i < 20; i++) {
                acknowledged.add(post(service, i));
            }
            service.kill();
        }
        try (var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.DOCUMENTS_INGESTED)) {
            assertThat(reader.drainMatching(r -> acknowledged.contains(r.key()), Duration.ofSeconds(3))).isEmpty();
        }

        // 2. killed with SIGKILL while documents stream in and the relay is publishing
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (var service = PackagedService.start(JAR, "ingest", "crash-it-under-load", Map.of())) {
            var posts = IntStream.range(100, 600).mapToObj(i -> CompletableFuture.runAsync(() -> {
                try {
                    acknowledged.add(post(service, i));
                } catch (Exception | AssertionError refusedByTheDyingService) {
                    // not acknowledged: the caller would retry, nothing is promised for it
                }
            }, callers)).toList();
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < 80 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            service.kill();
            posts.forEach(CompletableFuture::join);
        } finally {
            callers.shutdownNow();
        }

        // 3. restarted: every stored document is published, each with exactly one event id
        try (var service = PackagedService.start(JAR, "ingest", "crash-it-restarted", Map.of());
             var reader = new TopicReader(RealInfrastructureAccess.kafkaBootstrapServers(), Topics.DOCUMENTS_INGESTED)) {
            Set<String> stored = storedDocumentIds();
            assertThat(stored).containsAll(acknowledged);
            assertThat(acknowledged).hasSizeGreaterThan(20);

            Set<String> published = new HashSet<>();
            reader.awaitMatching(r -> {
                published.add(r.key());
                return published.containsAll(stored);
            }, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> records = reader.drainMatching(r -> true, Duration.ofSeconds(2));

            Map<String, Set<String>> eventIdsByDocument = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> EventCodec.decode(r.value()).id(), Collectors.toSet())));
            assertThat(eventIdsByDocument.keySet()).isEqualTo(stored);
            assertThat(eventIdsByDocument.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            System.out.printf("crash test: %d documents acknowledged, %d stored, %d records for %d event ids%n",
                    acknowledged.size(), stored.size(), records.size(), eventIdsByDocument.size());
        }
    }

    private String post(PackagedService service, int n) throws Exception {
        String body = "第" + n + "号文件：中开高速项目预计明年年底建成通车。";
        var response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/documents?published=2021-12-29"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Authorization", "Bearer " + AccessTable.INGEST_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return EventCodec.mapper().readTree(response.body()).path("id").asText();
    }

    private static Set<String> storedDocumentIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (var c = DriverManager.getConnection(RealInfrastructureAccess.jdbcUrl("ingest"), PostgresServer.USER,
                PostgresServer.PASSWORD); var rs = c.createStatement().executeQuery("select id from document")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
