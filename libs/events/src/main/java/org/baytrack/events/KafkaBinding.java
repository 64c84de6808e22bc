package org.baytrack.events;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CloudEvents Kafka protocol binding in structured mode: the record value is the event's JSON and the
 * {@code content-type} header says so, which is how a conformant reader (the SDKs' Kafka deserializers, Knative's
 * Kafka source) recognises the record as a CloudEvent. The key stays the event's partition key.
 */
public final class KafkaBinding {
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final byte[] STRUCTURED = STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private KafkaBinding() {
    }

    public static ProducerRecord<String, String> structured(String topic, String key, String json) {
        return new ProducerRecord<>(topic, null, key, json,
                List.of(new RecordHeader(CONTENT_TYPE_HEADER, STRUCTURED)));
    }

    /** A record with no value: on a compacted topic, the key has been deleted. Not a CloudEvent, so no header. */
    public static ProducerRecord<String, String> tombstone(String topic, String key) {
        return new ProducerRecord<>(topic, key, null);
    }
}
