package org.baytrack.tracker.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.tracker.TrackerConfig;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Forgets processed-event records older than {@code baytrack.tracker.processed-events-keep}. The tracker writes one
 * per article event (4 million a day at 50 documents a second) and nothing else ever removes them. A record is only
 * needed while its event can still be delivered again, which the topic's retention bounds (7 days by default);
 * entity events outlive it on their compacted topic, but applying one again is an upsert that changes nothing.
 */
@ApplicationScoped
public class ProcessedEventsPurge {
    private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class);
    /** Rows per delete, each its own transaction, so a first purge of a large backlog holds no long locks. */
    static final int BATCH = 10_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TrackerConfig config;

    @Scheduled(every = "${baytrack.tracker.processed-events-purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            long forgotten = purgeBefore(Instant.now().minus(config.processedEventsKeep()));
            if (forgotten > 0) {
                LOG.infof("Forgot %d processed-event records older than %s", forgotten, config.processedEventsKeep());
            }
        } catch (SQLException e) {
            LOG.warnf("Purging old processed-event records failed; the next run retries: %s", e.getMessage());
        }
    }

    /** @return how many records processed before {@code horizon} were deleted */
    public long purgeBefore(Instant horizon) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from processed_event p using (select consumer, event_id from processed_event "
                        + "where processed_at < ? limit ?) old "
                        + "where p.consumer = old.consumer and p.event_id = old.event_id")) {
            c.setAutoCommit(true);
            delete.setTimestamp(1, Timestamp.from(horizon));
            delete.setInt(2, BATCH);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == BATCH);
        }
        return total;
    }
}
