package org.baytrack.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The outbox relay's settings; the table of keys is in the service-commons README. */
@ConfigMapping(prefix = "baytrack.outbox")
public interface OutboxConfig {
    /** false holds every event in the outbox: nothing is relayed to Kafka (the crash tests use it). */
    @WithDefault("true")
    boolean enabled();

    /** Rows taken from the outbox and sent in one transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait, in milliseconds, between two looks at the outbox when no commit wakes the relay. */
    @WithName("idle-poll-ms")
    @WithDefault("500")
    long idlePollMillis();

    /** Rows sent (and so deleted) after which the relay vacuums the outbox itself. */
    @WithDefault("2000")
    int vacuumAfterRows();
}
