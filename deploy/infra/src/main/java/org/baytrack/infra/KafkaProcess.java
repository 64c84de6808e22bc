package org.baytrack.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The same single-node KRaft broker as {@link KafkaBroker}, in a JVM of its own ({@code kafka.Kafka
 * server.properties}), so that it can be killed as a crashed broker would be and started again on the same ports and
 * log directory.
 */
public final class KafkaProcess implements Broker {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private volatile Process process;

    private KafkaProcess(Path dataDir, int port, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts the broker and returns once it answers; its output is appended to {@code logFile}. */
    public static KafkaProcess start(Path dataDir, int port, int controllerPort, Path logFile) throws IOException {
        KafkaBroker.configure(dataDir, port, controllerPort);
        Files.createDirectories(logFile.getParent());
        KafkaProcess kafka = new KafkaProcess(dataDir, port, logFile);
        kafka.launch();
        return kafka;
    }

    private void launch() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        // this JVM's classpath has the broker: the runner's jar lists it, a test run has it as a dependency
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kafka.Kafka",
                KafkaBroker.configFile(dataDir).toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        awaitAnswer(Duration.ofSeconds(90));
    }

    private void awaitAnswer(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("The Kafka broker exited with code " + process.exitValue() + "; see " + logFile);
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("The Kafka broker did not answer within " + timeout.toSeconds() + " s; see "
                                + logFile);
                    }
                }
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown, no flush, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** Starts the broker again on the same ports and log directory; returns once it answers. */
    public void restart() throws IOException {
        if (process.isAlive()) {
            kill();
        }
        launch();
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
