package org.baytrack.tracker.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventSchemas;
import org.baytrack.events.EventType;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructureAccess;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Plays the catalog: publishes article.cataloged and entity.changed to the real topics with a plain producer. */
public final class Catalog implements AutoCloseable {
    static final URI SOURCE = URI.create("/baytrack/catalog-service");
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructureAccess.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    /** @return the event id, which the tracker records once processed */
    public String publish(ArticleCataloged article) {
        return send(EventCodec.encode(EventIds.of(EventType.ARTICLE_CATALOGED, article.articleId(),
                String.valueOf(article.revision())), SOURCE, article));
    }

    public String publish(EntityChanged entity) {
        return send(EventCodec.encode(EventIds.of(EventType.ENTITY_CHANGED, entity.id(), entity.name(),
                String.valueOf(entity.aliases())), SOURCE, entity));
    }

    /** The catalog deleted the entity: its id with no value on the compacted entity topic. */
    public void tombstone(String entityId) {
        try {
            producer.send(new ProducerRecord<>(org.baytrack.events.Topics.ENTITIES_CHANGED, entityId, null))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish a tombstone for " + entityId + ": " + e, e);
        }
    }

    /** Sends exactly this record again, as a redelivery would. */
    public String send(OutgoingEvent event) {
        var violations = EventSchemas.violations(event.json());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Test input breaks the schema: " + violations);
        }
        try {
            producer.send(new ProducerRecord<>(event.topic(), event.key(), event.json())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + event.type() + ": " + e, e);
        }
        return event.id();
    }

    @Override
    public void close() {
        producer.close();
    }
}
