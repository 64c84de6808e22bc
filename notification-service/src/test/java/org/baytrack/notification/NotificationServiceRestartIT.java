package org.baytrack.notification;

import io.restassured.http.ContentType;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.events.TopicProvisioner;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.infra.PostgresServer;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.baytrack.notification.support.Secrets.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the packaged service (target/quarkus-app) as its own process on the real embedded Kafka and PostgreSQL,
 * kills it (SIGKILL) while deliveries are in flight and pending, starts it again, and checks that the subscriber
 * ends up with every alert exactly once.
 */
class NotificationServiceRestartIT {
    private static final String KEY = "it-key";
    /** The same across the restart, or the restarted service could not open the secrets the first one sealed. */
    private static final String SECRET_KEY = randomKey();

    private final LocalInfrastructure infra = LocalInfrastructure.sharedForTests();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopServices() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void killedServiceDeliversEachPendingAlertExactlyOnceAfterRestart() throws Exception {
        TopicProvisioner.ensureTopics(infra.kafkaBootstrapServers());
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET);
             TestEvents events = new TestEvents(infra.kafkaBootstrapServers())) {
            // announced before the service starts: it reads the entity topic before refusing a project
            events.send(TestEvents.projectRegistered("huangmaohai-passage"));
            int port = startService(1);
            String subscription = given().baseUri("http://127.0.0.1:" + port)
                    .header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON)
                    .body("{\"projects\":[\"huangmaohai-passage\"],\"webhook\":{\"url\":\"" + receiver.url()
                            + "\",\"secret\":\"" + SECRET + "\"}}")
                    .post("/subscriptions").then().statusCode(201).extract().path("id");

            List<OutgoingEvent> changes = IntStream.range(0, 10)
                    .mapToObj(i -> TestEvents.statusChange("huangmaohai-passage", i)).toList();
            changes.subList(0, 3).forEach(events::send);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 3);

            // The receiver stops answering: deliveries pile up in flight and pending, then the service dies.
            receiver.holdCalls();
            changes.subList(3, 10).forEach(events::send);
            await().atMost(Duration.ofSeconds(30)).until(() -> deliveryRows(subscription, null) == 10
                    && receiver.heldCalls() >= 1);
            assertThat(deliveryRows(subscription, "pending")).isEqualTo(7);
            Process first = processes.get(0);
            first.destroyForcibly();
            first.waitFor();
            receiver.release();

            startService(2);
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= 10
                    && deliveryRows(subscription, "delivered") == 10);

            List<String> accepted = receiver.accepted();
            assertThat(new HashSet<>(accepted)).hasSize(accepted.size());
            assertThat(accepted).containsExactlyInAnyOrderElementsOf(changes.stream().map(OutgoingEvent::id).toList());
            assertThat(deliveryRows(subscription, null)).isEqualTo(10);
        }
    }

    private int startService(int n) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String jar = System.getProperty("notification.app.jar", "target/quarkus-app/quarkus-run.jar");
        assertThat(new File(jar)).as("the packaged service; run mvn verify").exists();
        Path log = Path.of("target", "restart-it-service-" + n + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + infra.kafkaBootstrapServers(),
                "-Dquarkus.datasource.jdbc.url=" + infra.postgres().jdbcUrl("notification"),
                "-Dquarkus.datasource.username=" + PostgresServer.USER,
                "-Dquarkus.datasource.password=" + PostgresServer.PASSWORD,
                "-Dbaytrack.access.admin-key=" + KEY,
                "-Dbaytrack.notification.allow-loopback-webhooks=true",
                "-Dbaytrack.notification.secret-key=" + SECRET_KEY,
                "-Dbaytrack.notification.delivery.concurrency=2",
                "-Dbaytrack.notification.delivery.webhook-timeout=PT2S",
                "-Dbaytrack.notification.delivery.retry-delays=PT0.2S,PT0.2S,PT0.5S,PT1S,PT1S,PT1S,PT1S",
                "-jar", jar);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.add(process);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("service %d exited; see %s", n, log).isTrue();
            return ready(port);
        });
        return port;
    }

    private static boolean ready(int port) {
        try {
            var c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private int deliveryRows(String subscription, String status) throws Exception {
        try (var c = DriverManager.getConnection(infra.postgres().jdbcUrl("notification"), PostgresServer.USER,
                PostgresServer.PASSWORD);
             var ps = c.prepareStatement("select count(*) from delivery where subscription_id = ? "
                     + (status == null ? "" : "and status = ?"))) {
            ps.setString(1, subscription);
            if (status != null) {
                ps.setString(2, status);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
