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
import org.baytrack.commons.outbox.OutboxStore.Pending;
import org.baytrack.commons.outbox.OutboxStore.Refused;
import org.baytrack.commons.worker.WorkerLoop;
import org.baytrack.events.KafkaBinding;
import org.baytrack.events.TopicProvisioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
    @Inject
    OutboxConfig config;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private int sentSinceVacuum;
    private boolean topicsReady;
    private WorkerLoop loop;
    private KafkaProducer<String, String> producer;
    private Counter published;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.warn("The outbox relay is disabled (baytrack.outbox.enabled=false): events stay in the outbox");
            return;
        }
        published = registry.counter("baytrack.outbox.published");
        producer = newProducer();
        loop = new WorkerLoop("outbox-relay", Duration.ofMillis(config.idlePollMillis()), this::round, this::recover);
        loop.start();
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
    private void recover(Exception failure) {
        if (SendFailure.of(failure) != SendFailure.PRODUCER_BROKEN) {
            return;
        }
        LOG.warnf("The outbox relay's Kafka producer is unusable (%s); starting a new one", failure.toString());
        producer.close(Duration.ZERO);
        producer = newProducer();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(5));
            producer.close();
        }
    }

    public void wakeUp() {
        if (loop != null) {
            loop.wakeUp();
        }
    }

    /** Topics first (the relay may start before the broker), then a batch; true when a full batch went. */
    private boolean round() throws Exception {
        if (!topicsReady) {
            TopicProvisioner.ensureTopics(bootstrapServers);
            topicsReady = true;
        }
        int sent = relayBatch();
        vacuumWhenDue(sent);
        return sent >= config.batchSize();
    }

    int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Pending> batch = OutboxStore.claim(c, config.batchSize());
            if (batch.isEmpty()) {
                c.rollback();
                return 0;
            }
            List<Refused> refused;
            try {
                refused = send(batch);
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
            OutboxStore.park(c, refused);
            OutboxStore.commitWithoutWaitingForTheDisk(c);
            refused.forEach(r -> LOG.errorf("The broker refused event %s for topic %s (key %s, %d bytes) for good: %s. "
                            + "It is parked in outbox_rejected; the events after it go on.", r.row().eventId(),
                    r.row().topic(), r.row().key(), r.row().payloadBytes(), r.error()));
            published.increment(batch.size() - refused.size());
            return batch.size();
        }
    }

    /** Sends the batch and waits for every acknowledgement; @return the rows the broker refused for good */
    private List<Refused> send(List<Pending> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Pending row : batch) {
            acks.add(producer.send(row.payload() == null ? KafkaBinding.tombstone(row.topic(), row.key())
                    : KafkaBinding.structured(row.topic(), row.key(), row.payload())));
        }
        List<Refused> refused = new ArrayList<>();
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
        return refused;
    }

    /**
     * Autovacuum looks at a table once a minute at most, leaving the dead rows of thousands of events for every
     * claim and insert to step over. The relay knows when it has made them.
     */
    private void vacuumWhenDue(int sent) {
        sentSinceVacuum += sent;
        if (sentSinceVacuum < config.vacuumAfterRows()) {
            return;
        }
        sentSinceVacuum = 0;
        try {
            OutboxStore.vacuum(dataSource);
        } catch (SQLException e) {
            LOG.debugf("Could not vacuum the outbox (autovacuum will): %s", e.getMessage());
        }
    }
}
