package org.baytrack.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.infra.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay against a real PostgreSQL and Kafka: everything written leaves once, in order per key, and is removed. */
class OutboxRelayTest {
    static final String TOPIC = "baytrack.test.outbox-relay";
    static final LocalInfrastructure INFRA = LocalInfrastructure.sharedForTests();

    AgroalDataSource dataSource;
    OutboxRelay relay;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(INFRA.postgres().jdbcUrl("ingest"))
                                .principal(new NamePrincipal(PostgresServer.USER))
                                .credential(new SimplePassword(PostgresServer.PASSWORD)))));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             InputStream schema = getClass().getResourceAsStream("/db/service-commons/V0_1__outbox_and_processed_events.sql")) {
            s.execute("drop table if exists outbox, processed_event");
            s.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
        }
        relay = new OutboxRelay();
        relay.dataSource = dataSource;
        relay.registry = new SimpleMeterRegistry();
        relay.bootstrapServers = INFRA.kafkaBootstrapServers();
        relay.enabled = true;
        relay.batchSize = 40;
        relay.idlePollMs = 50;
    }

    @AfterEach
    void tearDown() {
        relay.stop(null);
        dataSource.close();
    }

    @Test
    void sendsEveryRowOnceInOrderPerKeyAndRemovesIt() throws Exception {
        int rows = 300;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into outbox (event_id, topic, record_key, payload) values (?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, "event-" + i);
                insert.setString(2, TOPIC);
                insert.setString(3, "project-" + i % 7);
                insert.setString(4, Integer.toString(i));
                insert.addBatch();
            }
            insert.executeBatch();
            // sent and kept by an earlier version of the relay
            c.createStatement().execute("insert into outbox (event_id, topic, record_key, payload, sent_at) "
                    + "values ('event-old', '" + TOPIC + "', 'old', '-1', now())");
        }

        relay.start(null);
        Map<String, List<Integer>> byKey = consume(rows);

        assertThat(byKey.values().stream().mapToInt(List::size).sum()).isEqualTo(rows);
        assertThat(byKey).doesNotContainKey("old");
        byKey.forEach((key, payloads) -> assertThat(payloads).as(key).isSorted().doesNotHaveDuplicates());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from outbox")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows left in the outbox").isZero();
        }
    }

    private Map<String, List<Integer>> consume(int expected) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-relay-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(Set.of(TOPIC));
            int seen = 0;
            long deadline = System.currentTimeMillis() + 60_000;
            while (seen < expected && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.parseInt(record.value()));
                    seen++;
                }
            }
            // anything sent twice would arrive right behind the rest
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.parseInt(record.value()));
            }
        }
        return byKey;
    }
}
