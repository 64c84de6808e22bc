package org.baytrack.catalog.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventSchemas;
import org.baytrack.events.EventType;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.baytrack.infra.test.TopicReader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's input and output as the other services see them: document.ingested in, article.cataloged out. */
public final class DocumentEvents implements AutoCloseable {
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructureAccess.kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    public KafkaProducer<String, String> producer() {
        return producer;
    }

    /**
     * Publishes a document.ingested event as the ingest service would, {@code deliveries} times (a redelivery is the
     * same record again), and returns the document id.
     */
    public String ingest(String body, LocalDate published, String source, int deliveries) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String id = "doc-" + hash.substring(0, 20);
        var event = new DocumentIngested(id, hash, "text/plain", "UTF-8", null, source, null, published, false,
                bytes.length, Instant.now(), body);
        var out = EventCodec.encode(EventIds.of(EventType.DOCUMENT_INGESTED, hash), URI.create("/test"), event);
        for (int i = 0; i < deliveries; i++) {
            producer.send(new ProducerRecord<>(out.topic(), out.key(), out.json())).get();
        }
        return id;
    }

    /** The article.cataloged event of this article revision, checked against its schema. */
    public static ArticleCataloged awaitCataloged(TopicReader reader, String articleId, int revision) {
        var records = reader.awaitMatching(r -> articleId.equals(r.key())
                && EventCodec.decode(r.value(), ArticleCataloged.class).data().revision() == revision, Duration.ofSeconds(30));
        assertThat(records).as("article.cataloged for " + articleId + " revision " + revision).isNotEmpty();
        assertThat(EventSchemas.violations(records.get(0).value())).isEmpty();
        return EventCodec.decode(records.get(0).value(), ArticleCataloged.class).data();
    }

    @Override
    public void close() {
        producer.close();
    }
}
