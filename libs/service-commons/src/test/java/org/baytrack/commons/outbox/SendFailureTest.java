package org.baytrack.commons.outbox;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class SendFailureTest {
    @Test
    void aRecordOverTheLimitIsRefusedForGood() {
        assertThat(SendFailure.of(new ExecutionException(new RecordTooLargeException("35 MB")))).isEqualTo(SendFailure.RECORD_REFUSED);
    }

    @Test
    void anAbsentBrokerOrDatabaseIsWaitedFor() {
        assertThat(SendFailure.of(new ExecutionException(new TimeoutException("expired")))).isEqualTo(SendFailure.TRANSIENT);
        assertThat(SendFailure.of(new ExecutionException(new NotLeaderOrFollowerException("moved")))).isEqualTo(SendFailure.TRANSIENT);
        assertThat(SendFailure.of(new java.util.concurrent.TimeoutException())).isEqualTo(SendFailure.TRANSIENT);
        assertThat(SendFailure.of(new SQLException("connection refused"))).isEqualTo(SendFailure.TRANSIENT);
    }

    @Test
    void aProducerInAFatalStateIsReplacedNotItsRecordsParked() {
        assertThat(SendFailure.of(new ExecutionException(new OutOfOrderSequenceException("lost sequence")))).isEqualTo(SendFailure.PRODUCER_BROKEN);
        assertThat(SendFailure.of(new ProducerFencedException("fenced"))).isEqualTo(SendFailure.PRODUCER_BROKEN);
        assertThat(SendFailure.of(new KafkaException("Cannot perform send because at least one previous request has failed")))
                .isEqualTo(SendFailure.PRODUCER_BROKEN);
    }
}
