package org.baytrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Kafka and PostgreSQL together, as the local runner and every {@code @QuarkusTest} use them: real servers,
 * started from Maven artifacts, no Docker.
 */
public final class LocalInfrastructure implements AutoCloseable {
    public static final List<String> DATABASES = List.of("ingest", "catalog", "tracker", "notification");

    private static LocalInfrastructure shared;

    /** Where the broker runs: inside this JVM, or in its own so that it can be killed and started again. */
    public enum KafkaMode { IN_PROCESS, OWN_JVM }

    private final Broker kafka;
    private final PostgresServer postgres;

    private LocalInfrastructure(Broker kafka, PostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** Servers for the local runner: PostgreSQL flushes every commit to disk, as a production server does. */
    public static LocalInfrastructure start(Path dataDir, int kafkaPort, int controllerPort, int postgresPort)
            throws IOException {
        return start(dataDir, kafkaPort, controllerPort, postgresPort, KafkaMode.IN_PROCESS);
    }

    /** As {@link #start(Path, int, int, int)}, with the broker where {@code mode} says (its log in the data folder). */
    public static LocalInfrastructure start(Path dataDir, int kafkaPort, int controllerPort, int postgresPort,
                                            KafkaMode mode) throws IOException {
        return start(dataDir, kafkaPort, controllerPort, postgresPort, true, mode);
    }

    private static LocalInfrastructure start(Path dataDir, int kafkaPort, int controllerPort, int postgresPort,
                                             boolean durable, KafkaMode mode) throws IOException {
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort, DATABASES, durable);
        try {
            Broker kafka = mode == KafkaMode.OWN_JVM
                    ? KafkaProcess.start(dataDir.resolve("kafka"), kafkaPort, controllerPort,
                    dataDir.resolve("logs").resolve("kafka.log"))
                    : KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
            return new LocalInfrastructure(kafka, postgres);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * One throw-away instance per JVM on free ports, for test suites: every test class of a run shares it, and
     * it stops when the JVM does.
     */
    public static synchronized LocalInfrastructure sharedForTests() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "baytrack-test-");
                shared = start(dir, FreePorts.next(), FreePorts.next(), FreePorts.next(), false, KafkaMode.IN_PROCESS);
                var instance = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    instance.close();
                    deleteQuietly(dir);
                }, "baytrack-infra-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded Kafka and PostgreSQL", e);
            }
        }
        return shared;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The broker, to kill and restart when it runs in its own JVM. */
    public Broker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
