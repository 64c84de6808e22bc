package org.baytrack.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A real single-node KRaft Kafka (broker and controller in one) running inside this JVM. */
public final class KafkaBroker implements Broker {
    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort) throws IOException {
        Properties props = configure(dataDir, port, controllerPort);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, port);
    }

    /**
     * Writes {@code <dataDir>/server.properties} (see {@link #configFile}) and formats the log directory once; the
     * same folder and ports give the same broker again, with its topics.
     */
    static Properties configure(Path dataDir, int port, int controllerPort) throws IOException {
        Path logDir = dataDir.resolve("logs");
        Files.createDirectories(logDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // One node: internal topics cannot have more replicas, and consumer groups receive nothing otherwise.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
        props.put("log.cleaner.backoff.ms", "1000");

        Path config = configFile(dataDir);
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "Baytrack embedded KRaft broker");
        }
        format(dataDir, config);
        return props;
    }

    static Path configFile(Path dataDir) {
        return dataDir.resolve("server.properties");
    }

    /** Formats the log directory once; the cluster id is kept so a restarted local stack keeps its topics. */
    private static void format(Path dataDir, Path config) throws IOException {
        Path idFile = dataDir.resolve("cluster.id");
        if (!Files.exists(idFile)) {
            Files.writeString(idFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(idFile).trim();
        var output = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", config.toString(),
                "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IOException("Formatting the Kafka log directory failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
