package org.baytrack.tracker.support;

import org.baytrack.infra.test.RealInfrastructureAccess;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Looks into the tracker's database from the outside, as an operator would. */
public final class TrackerDb {
    private TrackerDb() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(RealInfrastructureAccess.jdbcUrl("tracker"), "baytrack", "baytrack");
    }

    public static long count(String sql, Object... params) {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static java.time.LocalDate date(String sql, Object... params) {
        try (Connection c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the tracker has consumed this event (its effect committed with the processed-event record). */
    public static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from processed_event where event_id = ?", eventId) == 1);
    }

    /** Waits until every change in the outbox reached Kafka. */
    public static void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from outbox") == 0);
    }

    /** Empties every table the tracker fills, as a fresh database would be. */
    public static void empty() {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("truncate milestone_evidence, milestone, status_change, agreement_change, agreement_evidence, agreement, "
                    + "project, "
                    + "entity, outbox, processed_event");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
