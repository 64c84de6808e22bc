package org.baytrack.runner.stack;

import org.baytrack.infra.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where and on which ports a local stack runs. {@link #defaults} is what {@code ./baytrack up} uses (the same ports
 * as docker-compose); {@link #onFreePorts} is what the end-to-end tests use so they never collide with a running
 * stack. {@code notificationSecretKey} encrypts webhook secrets (null: the service runs without, and refuses webhook
 * subscriptions); {@code loopbackWebhookPorts} are the only loopback ports webhooks may target, those of the
 * user's or the tests' own receivers.
 */
public record StackConfig(
        Path projectRoot,
        Path dataDir,
        int kafkaPort,
        int controllerPort,
        int postgresPort,
        int smtpPort,
        Map<Service, Integer> httpPorts,
        String notificationSecretKey,
        Set<Integer> loopbackWebhookPorts,
        List<String> serviceJvmOptions,
        Duration readyTimeout,
        boolean requireAllServices) {

    /**
     * For a stack that keeps running: the full JIT. Its C2 compiler takes CPU for a few minutes after start-up
     * and then lowers the services' CPU per document well below C1's (figures in docs/performance.md); the serial
     * collector suits a small heap on few cores.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xss512k", "-Xmx512m", "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true");

    /** For stacks that live for one test run: the C1 compiler alone, which is warm in seconds. */
    public static final List<String> SHORT_LIVED_JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx512m",
            "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true");

    public StackConfig {
        httpPorts = Collections.unmodifiableMap(new EnumMap<>(httpPorts));
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        loopbackWebhookPorts = Collections.unmodifiableSet(new TreeSet<>(loopbackWebhookPorts));
    }

    public static StackConfig defaults(Path projectRoot, Path dataDir) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, s.defaultPort());
        }
        return new StackConfig(projectRoot, dataDir, 9092, 9093, 5432, 1025, ports, null, Set.of(),
                jvmOptionsFromEnvironment(DEFAULT_JVM_OPTIONS), Duration.ofSeconds(180), false);
    }

    public static StackConfig onFreePorts(Path projectRoot, Path dataDir) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, FreePorts.next());
        }
        return new StackConfig(projectRoot, dataDir, FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), ports,
                null, Set.of(), jvmOptionsFromEnvironment(SHORT_LIVED_JVM_OPTIONS), Duration.ofSeconds(150), true);
    }

    /** {@code BAYTRACK_SERVICE_JAVA_OPTS} replaces the default JVM options of the service processes. */
    static List<String> jvmOptionsFromEnvironment(List<String> defaults) {
        String env = System.getenv("BAYTRACK_SERVICE_JAVA_OPTS");
        if (env == null || env.isBlank()) {
            return defaults;
        }
        return List.of(env.trim().split("\\s+"));
    }

    public int httpPort(Service service) {
        return httpPorts.get(service);
    }

    public String baseUrl(Service service) {
        return "http://localhost:" + httpPort(service);
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public String jdbcUrl(Service service) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + service.database();
    }

    /** Where the local SMTP server keeps a copy of every message it received, one {@code .eml} file each. */
    public Path mailDir() {
        return dataDir.resolve("mail");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Every port the stack listens on, with what listens there, in start order. */
    public List<PortUse> ports() {
        List<PortUse> uses = new ArrayList<>();
        uses.add(new PortUse(postgresPort, "PostgreSQL"));
        uses.add(new PortUse(kafkaPort, "Kafka"));
        uses.add(new PortUse(controllerPort, "Kafka controller"));
        uses.add(new PortUse(smtpPort, "SMTP"));
        for (Service s : Service.values()) {
            uses.add(new PortUse(httpPort(s), s.module()));
        }
        return uses;
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(projectRoot, dataDir, kafkaPort, controllerPort, postgresPort, smtpPort, httpPorts,
                notificationSecretKey, loopbackWebhookPorts, serviceJvmOptions, timeout,
                requireAllServices);
    }

    public StackConfig withNotificationSecretKey(String key) {
        return new StackConfig(projectRoot, dataDir, kafkaPort, controllerPort, postgresPort, smtpPort, httpPorts,
                key, loopbackWebhookPorts, serviceJvmOptions, readyTimeout, requireAllServices);
    }

    public StackConfig withLoopbackWebhookPorts(Collection<Integer> ports) {
        return new StackConfig(projectRoot, dataDir, kafkaPort, controllerPort, postgresPort, smtpPort, httpPorts,
                notificationSecretKey, Set.copyOf(ports), serviceJvmOptions, readyTimeout,
                requireAllServices);
    }

    public record PortUse(int port, String user) {
    }
}
