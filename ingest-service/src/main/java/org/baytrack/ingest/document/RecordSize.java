package org.baytrack.ingest.document;

import org.apache.kafka.common.header.Header;
import org.baytrack.events.KafkaBinding;
import org.baytrack.events.OutgoingEvent;

import java.nio.charset.StandardCharsets;

/**
 * The size the producer checks against max.request.size before sending: the record the outbox relay builds (key,
 * value, headers) plus the batch and record framing, counted at its upper bound.
 */
final class RecordSize {
    /** Kafka's record batch header (61 bytes) and a record's varint framing at most (5 varints of 5 bytes each). */
    static final int FRAMING = 61 + 25;

    private RecordSize() {
    }

    static long of(OutgoingEvent event) {
        var record = KafkaBinding.structured(event.topic(), event.key(), event.json());
        long size = FRAMING + utf8Length(record.key()) + utf8Length(record.value());
        for (Header header : record.headers()) {
            size += utf8Length(header.key()) + (header.value() == null ? 0 : header.value().length) + 10;
        }
        return size;
    }

    private static long utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
