package org.baytrack.runner.stack;

import org.baytrack.infra.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where and on which ports a local stack runs. {@link #defaults} is what {@code ./baytrack up} uses (the same ports
 * as docker-compose); {@link #onFreePorts} is what the end-to-end tests use so they never collide with a running
 * stack.
 */
public record StackConfig(
        Path projectRoot,
        Path dataDir,
        int kafkaPort,
        int controllerPort,
        int postgresPort,
        Map<Service, Integer> httpPorts,
        String notificationApiKey,
        boolean allowLoopbackWebhooks,
        List<String> serviceJvmOptions,
        Duration readyTimeout,
        boolean requireAllServices) {

    /** Fast start-up matters more than peak throughput for a developer stack on a small machine. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx512m",
            "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true");

    public StackConfig {
        httpPorts = Collections.unmodifiableMap(new EnumMap<>(httpPorts));
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    public static StackConfig defaults(Path projectRoot, Path dataDir, String apiKey) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, s.defaultPort());
        }
        return new StackConfig(projectRoot, dataDir, 9092, 9093, 5432, ports, apiKey, true,
                jvmOptionsFromEnvironment(), Duration.ofSeconds(180), false);
    }

    public static StackConfig onFreePorts(Path projectRoot, Path dataDir, String apiKey) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, FreePorts.next());
        }
        return new StackConfig(projectRoot, dataDir, FreePorts.next(), FreePorts.next(), FreePorts.next(), ports,
                apiKey, true, jvmOptionsFromEnvironment(), Duration.ofSeconds(150), true);
    }

    /** {@code BAYTRACK_SERVICE_JAVA_OPTS} replaces the default JVM options of the service processes. */
    static List<String> jvmOptionsFromEnvironment() {
        String env = System.getenv("BAYTRACK_SERVICE_JAVA_OPTS");
        if (env == null || env.isBlank()) {
            return DEFAULT_JVM_OPTIONS;
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

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Every port the stack listens on, with what listens there, in start order. */
    public List<PortUse> ports() {
        List<PortUse> uses = new ArrayList<>();
        uses.add(new PortUse(postgresPort, "PostgreSQL"));
        uses.add(new PortUse(kafkaPort, "Kafka"));
        uses.add(new PortUse(controllerPort, "Kafka controller"));
        for (Service s : Service.values()) {
            uses.add(new PortUse(httpPort(s), s.module()));
        }
        return uses;
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(projectRoot, dataDir, kafkaPort, controllerPort, postgresPort, httpPorts,
                notificationApiKey, allowLoopbackWebhooks, serviceJvmOptions, timeout, requireAllServices);
    }

    public record PortUse(int port, String user) {
    }
}
