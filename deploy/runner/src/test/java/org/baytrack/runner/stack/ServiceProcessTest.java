package org.baytrack.runner.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {
    @Test
    void everyServiceGetsItsDatabaseKafkaAndPort() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"), "key");
        var env = ServiceProcess.environment(Service.TRACKER, config);
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "8083")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/tracker")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "baytrack")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("BAYTRACK_PAGES_CATALOG_URL", "http://localhost:8082")
                .doesNotContainKey("BAYTRACK_NOTIFICATION_API_KEY");
    }

    @Test
    void notificationGetsTheApiKeyTheSecretKeyAndOnlyTheNamedLoopbackWebhookPorts() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"), "key")
                .withNotificationSecretKey("c2VjcmV0").withLoopbackWebhookPorts(List.of(9001, 9000));
        assertThat(ServiceProcess.environment(Service.NOTIFICATION, config))
                .containsEntry("BAYTRACK_NOTIFICATION_API_KEY", "key")
                .containsEntry("BAYTRACK_NOTIFICATION_SECRET_KEY", "c2VjcmV0")
                .containsEntry("BAYTRACK_NOTIFICATION_LOOPBACK_WEBHOOK_PORTS", "9000,9001")
                .doesNotContainKey("BAYTRACK_NOTIFICATION_ALLOW_LOOPBACK_WEBHOOKS");
        assertThat(ServiceProcess.environment(Service.TRACKER, config))
                .doesNotContainKey("BAYTRACK_NOTIFICATION_SECRET_KEY");
    }

    @Test
    void withoutNamedPortsNoLoopbackWebhookIsAllowed() {
        StackConfig config = StackConfig.defaults(Path.of("/repo"), Path.of("/repo/.baytrack"), "key");
        assertThat(ServiceProcess.environment(Service.NOTIFICATION, config))
                .doesNotContainKey("BAYTRACK_NOTIFICATION_LOOPBACK_WEBHOOK_PORTS")
                .doesNotContainKey("BAYTRACK_NOTIFICATION_ALLOW_LOOPBACK_WEBHOOKS");
    }

    @Test
    void theLocalStackRunsTheFullJitWhileTestStacksStopAtC1() {
        Path root = Path.of("/repo");
        assertThat(StackConfig.defaults(root, root.resolve(".baytrack"), "k").serviceJvmOptions())
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        assertThat(StackConfig.onFreePorts(root, root.resolve(".baytrack"), "k").serviceJvmOptions())
                .contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void missingServiceIsNamedWithWhatToDo(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("tracker-service"));
        var plan = StackLauncher.plan(StackConfig.defaults(root, root.resolve(".baytrack"), "k"));
        assertThat(plan.run()).isEmpty();
        assertThat(plan.missing().get(Service.TRACKER)).contains("not built").contains("./mvnw -DskipTests install");
        assertThat(plan.missing().get(Service.CATALOG)).contains("does not exist yet");
    }
}
