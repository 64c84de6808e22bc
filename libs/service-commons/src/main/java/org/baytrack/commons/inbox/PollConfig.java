package org.baytrack.commons.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a consumer commits a Kafka poll ({@link PollTransactions}). */
@ConfigMapping(prefix = "baytrack.poll")
public interface PollConfig {
    /**
     * How long one transaction of a poll may run before it commits and the next begins, so the changes of a big
     * poll's first events (and their outbox events) leave while the rest is still being applied.
     */
    @WithDefault("PT0.05S")
    Duration transactionTime();
}
