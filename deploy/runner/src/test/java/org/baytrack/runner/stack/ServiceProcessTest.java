package org.baytrack.runner.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {
    @Test
    void everyServiceGetsItsDatabaseKafkaAndPort() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"));
        var env = ServiceProcess.environment(Service.TRACKER, config);
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "8083")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/tracker")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "baytrack")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("BAYTRACK_PAGES_CATALOG_URL", "http://localhost:8082");
    }

    @Test
    void notificationGetsTheSecretKeyAndOnlyTheNamedLoopbackWebhookPorts() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"))
                .withNotificationSecretKey("c2VjcmV0").withLoopbackWebhookPorts(List.of(9001, 9000));
        assertThat(ServiceProcess.environment(Service.NOTIFICATION, config))
                .containsEntry("BAYTRACK_NOTIFICATION_SECRET_KEY", "c2VjcmV0")
                .containsEntry("BAYTRACK_NOTIFICATION_LOOPBACK_WEBHOOK_PORTS", "9000,9001")
                .doesNotContainKey("BAYTRACK_NOTIFICATION_ALLOW_LOOPBACK_WEBHOOKS");
        assertThat(ServiceProcess.environment(Service.TRACKER, config))
                .doesNotContainKey("BAYTRACK_NOTIFICATION_SECRET_KEY");
    }

    @Test
    void withoutNamedPortsNoLoopbackWebhookIsAllowed() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"));
        assertThat(ServiceProcess.environment(Service.NOTIFICATION, config))
                .doesNotContainKey("BAYTRACK_NOTIFICATION_LOOPBACK_WEBHOOK_PORTS")
                .doesNotContainKey("BAYTRACK_NOTIFICATION_ALLOW_LOOPBACK_WEBHOOKS");
    }

    @Test
    void everyServiceListensOnLoopbackAndGetsTheKeyFilesNeverAKey() {
        var config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"));
        assertThat(Service.values()).allSatisfy(s -> assertThat(ServiceProcess.environment(s, config))
                .containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("BAYTRACK_ACCESS_INGEST_KEY_FILE", "/repo/.baytrack/ingest-key")
                .containsEntry("BAYTRACK_ACCESS_ADMIN_KEY_FILE", "/repo/.baytrack/admin-key")
                .doesNotContainKeys("BAYTRACK_ACCESS_INGEST_KEY", "BAYTRACK_ACCESS_ADMIN_KEY"));
    }

    @Test
    void theLocalStackRunsTheFullJitWhileTestStacksStopAtC1() {
        Path root = Path.of("/repo");
        assertThat(StackConfig.defaults(root, root.resolve(".baytrack")).serviceJvmOptions())
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        assertThat(StackConfig.onFreePorts(root, root.resolve(".baytrack")).serviceJvmOptions())
                .contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void everyServiceLeavesUnreadableRequestsToItsOwnChecksWhateverItsJvmOptions() {
        Path root = Path.of("/repo");
        for (StackConfig config : java.util.List.of(StackConfig.defaults(root, root.resolve(".baytrack")),
                StackConfig.onFreePorts(root, root.resolve(".baytrack")))) {
            var command = ServiceProcess.command(Service.INGEST.appJar(root), config);
            assertThat(command).contains("-Dvertx.disableURIValidation=true", "-Dvertx.disableHttpHeadersValidation=true");
            assertThat(command.indexOf("-jar")).isGreaterThan(command.indexOf("-Dvertx.disableHttpHeadersValidation=true"));
        }
    }

    @Test
    void missingServiceIsNamedWithWhatToDo(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("tracker-service"));
        var plan = StackLauncher.plan(StackConfig.defaults(root, root.resolve(".baytrack")));
        assertThat(plan.run()).isEmpty();
        assertThat(plan.missing().get(Service.TRACKER)).contains("not built").contains("./mvnw -DskipTests install");
        assertThat(plan.missing().get(Service.CATALOG)).contains("does not exist yet");
    }
}
