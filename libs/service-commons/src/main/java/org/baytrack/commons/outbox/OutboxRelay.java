package org.baytrack.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.KafkaBinding;
import org.baytrack.events.TopicProvisioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves committed outbox rows to Kafka, oldest first, and deletes them only after the broker acknowledged them. A
 * crash in between re-sends on restart (at least once); consumers drop the repeat by event id. Every record is a
 * structured-mode CloudEvent ({@link KafkaBinding}). A record the broker refuses for good (over its size limit) is
 * moved to {@code outbox_rejected} and logged once, so it never holds back the rows behind it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "baytrack.outbox.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "baytrack.outbox.batch-size", defaultValue = "500")
    int batchSize;
    @ConfigProperty(name = "baytrack.outbox.idle-poll-ms", defaultValue = "500")
    long idlePollMs;
    @ConfigProperty(name = "baytrack.outbox.vacuum-after-rows", defaultValue = "2000")
    int vacuumAfterRows;

    private int sentSinceVacuum;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Counter published;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("The outbox relay is disabled (baytrack.outbox.enabled=false): events stay in the outbox");
            return;
        }
        published = registry.counter("baytrack.outbox.published");
        producer = newProducer();
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    private KafkaProducer<String, String> newProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /**
     * A producer in a fatal state fails every send from then on; the rows it could not send are still in the
     * outbox, and a fresh producer (a new producer id) sends them again.
     */
    private void replaceProducer(Exception failure) {
        LOG.warnf("The outbox relay's Kafka producer is unusable (%s); starting a new one", failure.toString());
        producer.close(Duration.ZERO);
        producer = newProducer();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close();
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        provisionTopics();
        dropRowsKeptByEarlierVersions();
        long backoffMs = 100;
        while (running) {
            try {
                int sent = relayBatch();
                backoffMs = 100;
                vacuumWhenDue(sent);
                if (sent < batchSize) {
                    wakeUps.tryAcquire(idlePollMs, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (SendFailure.of(e) == SendFailure.PRODUCER_BROKEN) {
                    replaceProducer(e);
                }
                LOG.warnf("Outbox relay failed, retrying in %d ms: %s", backoffMs, e.toString());
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 10_000);
            }
        }
    }

    private void provisionTopics() {
        long backoffMs = 500;
        while (running) {
            try {
                TopicProvisioner.ensureTopics(bootstrapServers);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Kafka topics not ready, retrying in %d ms: %s", backoffMs, e.getMessage());
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 10_000);
            }
        }
    }

    int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Pending> batch = claimBatch(c);
            if (batch.isEmpty()) {
                c.rollback();
                return 0;
            }
            List<Refused> refused = new ArrayList<>();
            try {
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (Pending row : batch) {
                    acks.add(producer.send(row.payload() == null ? KafkaBinding.tombstone(row.topic(), row.key())
                            : KafkaBinding.structured(row.topic(), row.key(), row.payload())));
                }
                for (int i = 0; i < acks.size(); i++) {
                    try {
                        acks.get(i).get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (SendFailure.of(e) != SendFailure.RECORD_REFUSED) {
                            throw e;
                        }
                        refused.add(new Refused(batch.get(i), e.getCause().toString()));
                    }
                }
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
            park(c, refused);
            // Losing this commit in a crash only means sending the batch again, which consumers drop by event
            // id, so it need not wait for the disk.
            try (Statement s = c.createStatement()) {
                s.execute("set local synchronous_commit = off");
            }
            c.commit();
            refused.forEach(r -> LOG.errorf("The broker refused event %s for topic %s (key %s, %d bytes) for good: %s. "
                            + "It is parked in outbox_rejected; the events after it go on.", r.row().eventId(),
                    r.row().topic(), r.row().key(), r.row().payloadBytes(), r.error()));
            published.increment(batch.size() - refused.size());
            return batch.size();
        }
    }

    private record Refused(Pending row, String error) {
    }

    /** In the transaction that takes the rows out of the outbox, so a row is either pending, sent or parked. */
    private static void park(Connection c, List<Refused> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into outbox_rejected (seq, event_id, topic, "
                + "record_key, payload, payload_bytes, error) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (Refused r : refused) {
                insert.setLong(1, r.row().seq());
                insert.setString(2, r.row().eventId());
                insert.setString(3, r.row().topic());
                insert.setString(4, r.row().key());
                insert.setString(5, r.row().payload());
                insert.setLong(6, r.row().payloadBytes());
                insert.setString(7, r.error());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The outbox is a queue: rows come in at the tail and leave at the head, so the table is mostly dead rows
     * between vacuums and its statistics say it is empty. The planner then chose sequential scans over all of it,
     * twice per batch, joined row by row: 3.4 ms per claim in ingest under load. The unsent-row index and the
     * primary key read only the rows taken.
     */
    static final String INDEX_ONLY = "set local enable_seqscan = off";
    static final String CLAIM = "delete from outbox where seq = any(array("
            + "select seq from outbox where sent_at is null order by seq limit ? for update skip locked)) "
            + "returning seq, event_id, topic, record_key, payload";

    private record Pending(long seq, String eventId, String topic, String key, String payload) {
        long payloadBytes() {
            return payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /**
     * Takes the oldest rows out of the outbox and returns them, oldest first, in one statement; they are gone only
     * if the transaction commits, which happens once the broker acknowledged them all. Sent rows are not kept:
     * Kafka holds the events, and a table keeping a week of them grew by millions of rows under load, with an
     * hourly purge of a hundred thousand rows at a time.
     */
    private List<Pending> claimBatch(Connection c) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute(INDEX_ONLY);
        }
        try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setInt(1, batchSize);
            try (var rs = claim.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        // RETURNING follows no order; a project's events must reach Kafka in the order they were written
        batch.sort(Comparator.comparingLong(Pending::seq));
        return batch;
    }

    /**
     * Autovacuum looks at a table once a minute at most; at 200 events a second that left 12 000 dead rows in the
     * outbox for every claim and insert to step over. The relay knows when it has made them.
     */
    private void vacuumWhenDue(int sent) {
        sentSinceVacuum += sent;
        if (sentSinceVacuum < vacuumAfterRows) {
            return;
        }
        sentSinceVacuum = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum outbox");
        } catch (SQLException e) {
            LOG.debugf("Could not vacuum the outbox (autovacuum will): %s", e.getMessage());
        }
    }

    /** Earlier versions kept sent rows for a week; they would now stay for good. */
    private void dropRowsKeptByEarlierVersions() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from outbox where sent_at is not null");
        } catch (SQLException e) {
            LOG.warnf("Could not drop the outbox rows sent by an earlier version: %s", e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
