package org.baytrack.tracker.inbox;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.support.TrackerDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class ProcessedEventsPurgeTest {
    static final String CONSUMER = "purge-test";

    @Inject
    ProcessedEventsPurge purge;

    @AfterEach
    void removeTestRecords() throws Exception {
        try (Connection c = TrackerDb.connect(); var s = c.prepareStatement("delete from processed_event where consumer = ?")) {
            s.setString(1, CONSUMER);
            s.executeUpdate();
        }
    }

    @Test
    void forgetsRecordsOlderThanTheHorizonBatchAfterBatchAndKeepsTheRest() throws Exception {
        int old = ProcessedEventsPurge.BATCH + 5;
        try (Connection c = TrackerDb.connect(); var s = c.prepareStatement("insert into processed_event "
                + "(consumer, event_id, processed_at) select ?, ? || g, now() - ?::interval from generate_series(1, ?) g")) {
            insert(s, "old-", "30 days", old);
            insert(s, "recent-", "1 day", 3);
        }

        long forgotten = purge.purgeBefore(Instant.now().minus(Duration.ofDays(14)));

        assertThat(forgotten).isGreaterThanOrEqualTo(old);
        assertThat(TrackerDb.count("select count(*) from processed_event where consumer = ? and event_id like 'old-%'",
                CONSUMER)).isZero();
        assertThat(TrackerDb.count("select count(*) from processed_event where consumer = ? and event_id like 'recent-%'",
                CONSUMER)).isEqualTo(3);
    }

    private static void insert(java.sql.PreparedStatement s, String prefix, String age, int rows) throws Exception {
        s.setString(1, CONSUMER);
        s.setString(2, prefix);
        s.setString(3, age);
        s.setInt(4, rows);
        s.executeUpdate();
    }
}
