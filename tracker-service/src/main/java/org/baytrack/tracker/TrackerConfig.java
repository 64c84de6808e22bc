package org.baytrack.tracker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;

@ConfigMapping(prefix = "baytrack.tracker")
public interface TrackerConfig {
    /** Articles published longer ago than this build history without alerting (their events say historical). */
    @WithDefault("P90D")
    Duration historyHorizon();

    /** At start-up, rebuild the board from the entity and status-changed topics if the database holds none. */
    @WithDefault("false")
    boolean rebuildWhenEmpty();

    /**
     * How long a board line may be served from memory. This replica drops a line as soon as it commits a change
     * to it; the limit is for changes made elsewhere (another replica, a rebuild), 0 to read the database always.
     */
    @WithDefault("PT1S")
    Duration boardCacheTtl();

    /** Processed-event records older than this are deleted (ProcessedEventsPurge). */
    @WithDefault("P14D")
    Duration processedEventsKeep();

    /** How often they are: a Quarkus scheduler interval, or "off". */
    @WithDefault("1h")
    String processedEventsPurgeEvery();

    /** A project whose latest dated report is this old is published as stale (and revived when news comes). */
    @WithDefault("P18M")
    Period staleAfter();

    /** How often projects are checked for staleness: a Quarkus scheduler interval, or "off". */
    @WithDefault("24h")
    String staleCheckEvery();
}
