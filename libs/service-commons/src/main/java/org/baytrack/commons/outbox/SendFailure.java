package org.baytrack.commons.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.concurrent.ExecutionException;

/** What a failed send means for the relay: try again later, park the record, or replace a broken producer. */
enum SendFailure {
    /** The broker or the network is away for now: the whole batch is sent again. */
    TRANSIENT,
    /** This record will never be accepted, whatever the relay does: it is parked and the relay carries on. */
    RECORD_REFUSED,
    /**
     * The producer itself is unusable (an idempotent producer whose sequence the broker lost in a crash, a fenced
     * or closed producer): every later send would fail the same way until it is replaced.
     */
    PRODUCER_BROKEN;

    static SendFailure of(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof InvalidRecordException
                || cause instanceof SerializationException) {
            return RECORD_REFUSED;
        }
        if (cause instanceof RetriableException || !(cause instanceof KafkaException)) {
            return TRANSIENT;
        }
        return PRODUCER_BROKEN;
    }
}
