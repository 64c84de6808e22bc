package org.baytrack.catalog.article;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Moves the bigram search index's pending entries into the index in the background (see migration V2), so that
 * no cataloguing transaction has to do it inline. Fast inserts into a GIN index cost a fraction of full ones
 * (docs/performance.md).
 */
@ApplicationScoped
public class BigramMerge {
    private static final Logger LOG = Logger.getLogger(BigramMerge.class);

    @Inject
    AgroalDataSource dataSource;

    @Scheduled(every = "${baytrack.catalog.bigram-merge-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            merge();
        } catch (SQLException e) {
            LOG.warnf("Merging the bigram index's pending list failed; the next insert past its limit will: %s",
                    e.getMessage());
        }
    }

    /** @return the pages of pending entries moved into the index */
    public long merge() throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select gin_clean_pending_list('article_bigrams'::regclass)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
