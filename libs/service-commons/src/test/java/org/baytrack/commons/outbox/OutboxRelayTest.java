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
    static final LocalInfrastructure INFRA = LocalInfrastructure.sharedForTests();

    AgroalDataSource dataSource;
    OutboxRelay relay;
    /** A topic per test, so one test's events are not read by the next. */
    String topic = "baytrack.test.outbox-relay-" + System.nanoTime();
    /** The content-type header of every record consumed, null where a record had none. */
    final List<String> contentTypes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(INFRA.postgres().jdbcUrl("ingest"))
                                .principal(new NamePrincipal(PostgresServer.USER))
                                .credential(new SimplePassword(PostgresServer.PASSWORD)))));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists outbox, processed_event, outbox_rejected");
            migrate(s, V0_1, V0_2, V0_3);
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", INFRA.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        relay = new OutboxRelay();
        relay.dataSource = dataSource;
        relay.registry = new SimpleMeterRegistry();
        relay.bootstrapServers = INFRA.kafkaBootstrapServers();
        relay.config = new OutboxConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int batchSize() {
                return 40;
            }

            @Override
            public long idlePollMillis() {
                return 50;
            }

            @Override
            public int vacuumAfterRows() {
                return 100;
            }
        };
    }

    static final String V0_1 = "V0_1__outbox_and_processed_events.sql";
    static final String V0_2 = "V0_2__outbox_rejected.sql";
    static final String V0_3 = "V0_3__outbox_without_sent_at.sql";

    private void migrate(Statement s, String... migrations) throws Exception {
        for (String migration : migrations) {
            try (InputStream schema = getClass().getResourceAsStream("/db/service-commons/" + migration)) {
                s.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @AfterEach
    void tearDown() {
        relay.stop(null);
        dataSource.close();
    }

    @Test
    void sendsEveryRowOnceInOrderPerKeyMarkedAsACloudEventAndRemovesIt() throws Exception {
        int rows = 300;
        try (Connection c = dataSource.getConnection()) {
            insertRows(c, "event-", rows);
        }

        relay.start(null);
        Map<String, List<Integer>> byKey = consume(rows);

        assertThat(byKey.values().stream().mapToInt(List::size).sum()).isEqualTo(rows);
        assertThat(contentTypes).hasSize(rows).containsOnly("application/cloudevents+json; charset=UTF-8");
        byKey.forEach((key, payloads) -> assertThat(payloads).as(key).isSorted().doesNotHaveDuplicates());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from outbox")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows left in the outbox").isZero();
        }
    }

    @Test
    void theMigrationWithoutSentAtDropsTheRowsEarlierRelaysKeptAsSentAndTheRelaySendsTheRest() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists outbox, processed_event, outbox_rejected");
            migrate(s, V0_1, V0_2);
            insertRows(c, "event-", 3);
            s.execute("insert into outbox (event_id, topic, record_key, payload, sent_at) "
                    + "values ('event-old', '" + topic + "', 'old', '-1', now())");
            migrate(s, V0_3);
        }
        relay.start(null);
        Map<String, List<Integer>> byKey = consume(3);

        assertThat(byKey.values().stream().mapToInt(List::size).sum()).isEqualTo(3);
        assertThat(byKey).doesNotContainKey("old");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.columns "
                     + "where table_name = 'outbox' and column_name = 'sent_at'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("sent_at columns").isZero();
        }
    }

    @Test
    void parksARecordTheBrokerRefusesAndSendsTheRowsAfterIt() throws Exception {
        // a 10 MB text of quotes and control characters, JSON-escaped inside its event: about 49 MB
        String escaped = "\\\"\\u0001\\u001f".repeat(10 * 1024 * 1024 / 3);
        String oversized = "{\"id\":\"too-large\",\"data\":{\"text\":\"" + escaped + "\"}}";
        try (Connection c = dataSource.getConnection()) {
            insertRows(c, "before-", 5);
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into outbox (event_id, topic, record_key, payload) values ('too-large', ?, 'project-0', ?)")) {
                insert.setString(1, topic);
                insert.setString(2, oversized);
                insert.executeUpdate();
            }
            insertRows(c, "after-", 5);
        }

        relay.start(null);
        Map<String, List<Integer>> byKey = consume(10);

        assertThat(byKey.values().stream().mapToInt(List::size).sum()).as("events around the refused one").isEqualTo(10);
        // the relay commits the batch once every record is acknowledged, a moment after the consumer saw them
        long deadline = System.currentTimeMillis() + 10_000;
        while (count("outbox") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select event_id, topic, record_key, payload_bytes, error, length(payload) "
                    + "from outbox_rejected")) {
                assertThat(rs.next()).as("a parked row").isTrue();
                assertThat(rs.getString(1)).isEqualTo("too-large");
                assertThat(rs.getString(2)).isEqualTo(topic);
                assertThat(rs.getString(3)).isEqualTo("project-0");
                assertThat(rs.getLong(4)).isEqualTo(oversized.length());
                assertThat(rs.getString(5)).contains("RecordTooLargeException");
                assertThat(rs.getLong(6)).as("the payload is kept to be looked at").isEqualTo(oversized.length());
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(count("outbox")).as("rows left in the outbox").isZero();
    }

    @Test
    void claimsThroughTheIndexesWhenStatisticsSayTheOutboxIsAlmostEmpty() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // as autovacuum finds a queue between bursts; the rows that arrive after it stay unknown to the planner
            insertRows(c, "before-", 20);
            s.execute("vacuum analyze outbox");
            insertRows(c, "after-", 100);
            c.setAutoCommit(false);
            s.execute(OutboxStore.INDEX_ONLY);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = c.prepareStatement("explain " + OutboxStore.CLAIM)) {
                explain.setInt(1, 40);
                try (var rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            c.rollback();
            assertThat(plan.toString()).contains("outbox_pkey").doesNotContain("Seq Scan");
        }
    }

    @Test
    void vacuumsTheOutboxOnceItHasSentEnoughRows() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            insertRows(c, "event-", 300);
        }
        relay.start(null);
        consume(300);

        long deadline = System.currentTimeMillis() + 15_000;
        long vacuums = 0;
        while (vacuums == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("select vacuum_count from pg_stat_user_tables where relname = 'outbox'")) {
                vacuums = rs.next() ? rs.getLong(1) : 0;
            }
        }
        assertThat(vacuums).as("vacuums of the outbox run by the relay").isPositive();
    }

    @Test
    void sendsARowWithoutPayloadAsATombstoneBetweenTheEventsOfItsKey() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table outbox alter column payload drop not null");
            s.execute("insert into outbox (event_id, topic, record_key, payload) values "
                    + "('registered', '" + topic + "', 'bench-x', '1'), "
                    + "('deleted', '" + topic + "', 'bench-x', null), "
                    + "('registered-again', '" + topic + "', 'bench-x', '2')");
        }
        relay.start(null);

        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-relay-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (records.size() < 3 && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).extracting(org.apache.kafka.clients.consumer.ConsumerRecord::key).containsOnly("bench-x");
        assertThat(records).extracting(org.apache.kafka.clients.consumer.ConsumerRecord::value)
                .containsExactly("1", null, "2");
        assertThat(contentType(records.get(1))).as("a tombstone is no CloudEvent").isNull();
        assertThat(contentType(records.get(0))).isEqualTo("application/cloudevents+json; charset=UTF-8");
    }

    private int count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void insertRows(Connection c, String prefix, int rows) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into outbox (event_id, topic, record_key, payload) values (?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, prefix + i);
                insert.setString(2, topic);
                insert.setString(3, "project-" + i % 7);
                insert.setString(4, Integer.toString(i));
                insert.addBatch();
            }
            insert.executeBatch();
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
            consumer.subscribe(Set.of(topic));
            int seen = 0;
            long deadline = System.currentTimeMillis() + 60_000;
            while (seen < expected && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.parseInt(record.value()));
                    contentTypes.add(contentType(record));
                    seen++;
                }
            }
            // anything sent twice would arrive right behind the rest
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.parseInt(record.value()));
                contentTypes.add(contentType(record));
            }
        }
        return byKey;
    }

    private static String contentType(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("content-type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
