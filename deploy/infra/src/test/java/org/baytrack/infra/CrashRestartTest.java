package org.baytrack.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker in its own JVM and the PostgreSQL server, each SIGKILLed and started again, keep what they acknowledged. */
class CrashRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void killedBrokerAndDatabaseComeBackWithWhatTheyAcknowledged() throws Exception {
        try (var infra = LocalInfrastructure.start(dataDir, FreePorts.next(), FreePorts.next(), FreePorts.next(),
                LocalInfrastructure.KafkaMode.OWN_JVM)) {
            var kafka = (KafkaProcess) infra.kafka();
            long brokerPid = kafka.pid();
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("crash-test", "shenjiang", "before the crash")).get();
            }
            String url = infra.postgres().jdbcUrl("tracker");
            try (var c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
                c.createStatement().execute("create table crash_note (note text)");
                c.createStatement().execute("insert into crash_note values ('committed before the crash')");
            }

            kafka.kill();
            assertThat(ProcessHandle.of(brokerPid).filter(ProcessHandle::isAlive)).as("broker after SIGKILL").isEmpty();
            infra.postgres().kill();
            kafka.restart();
            infra.postgres().restart();

            assertThat(kafka.pid()).isNotEqualTo(brokerPid);
            List<String> values = new ArrayList<>();
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "crash-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
                consumer.subscribe(List.of("crash-test"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                }
            }
            assertThat(values).containsExactly("before the crash");
            try (var c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                 var rs = c.createStatement().executeQuery("select note from crash_note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the crash");
            }
        }
    }
}
