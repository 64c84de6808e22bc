package org.baytrack.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.TopicProvisioner;
import org.baytrack.events.Topics;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalInfrastructureTest {

    @Test
    void brokerCarriesRecordsAndPostgresServesEveryServiceDatabase() throws Exception {
        LocalInfrastructure infra = LocalInfrastructure.sharedForTests();
        TopicProvisioner.ensureTopics(infra.kafkaBootstrapServers());
        TopicProvisioner.ensureTopics(infra.kafkaBootstrapServers());

        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.PROJECT_STATUS_CHANGED, "huangmaohai-passage", "黄茅海")).get();
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.PROJECT_STATUS_CHANGED));
            long deadline = System.currentTimeMillis() + 20_000;
            while (received.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("huangmaohai-passage");
            assertThat(r.value()).isEqualTo("黄茅海");
        });

        for (String db : LocalInfrastructure.DATABASES) {
            try (var c = DriverManager.getConnection(infra.postgres().jdbcUrl(db), PostgresServer.USER,
                    PostgresServer.PASSWORD); var rs = c.createStatement().executeQuery("select current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(db);
            }
        }
    }
}
