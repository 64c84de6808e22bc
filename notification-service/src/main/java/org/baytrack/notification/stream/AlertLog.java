package org.baytrack.notification.stream;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert table: every event alerted on, recorded once by event id, and read in sequence order as the source of
 * the public stream.
 */
@ApplicationScoped
public class AlertLog {
    /** Serialises alert inserts so that alert.seq commit order is seq order: the stream never skips a row. */
    private static final long ALERT_LOCK = 0x6e6f7469666963L;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;

    /** {@code type} is the event's type without its {@code org.baytrack.} prefix, the stream's event name. */
    public record Alert(long seq, String eventId, String projectId, String change, String payload, String type) {
    }

    /**
     * Inside the caller's transaction. The alert's unique event id doubles as the consumer's processed-event
     * record; taking the lock in the same statement keeps alert.seq commit order seq order.
     *
     * @param subject the event's subject: a project id, or an agreement id
     * @return false when the event was already recorded
     */
    public boolean record(String eventId, EventType type, String subject, String change, boolean historical,
                          String json) {
        return em.createNativeQuery("insert into alert (event_id, project_id, change, historical, payload, type) "
                        + "select ?1, ?2, ?3, ?4, ?5, ?7 from (select pg_advisory_xact_lock(?6)) l "
                        + "on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, subject)
                .setParameter(3, change)
                .setParameter(4, historical)
                .setParameter(5, json)
                .setParameter(6, ALERT_LOCK)
                .setParameter(7, type.type())
                .executeUpdate() > 0;
    }

    /** Alerts after {@code afterSeq}, oldest first; {@code project} null for every project. */
    public List<Alert> after(long afterSeq, String project, boolean historical, int limit) {
        String sql = "select seq, event_id, project_id, change, payload, type from alert where seq > ? "
                + (project == null ? "" : "and project_id = ? ")
                + (historical ? "" : "and not historical ")
                + "order by seq limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, afterSeq);
            if (project != null) {
                ps.setString(i++, project);
            }
            ps.setInt(i, limit);
            List<Alert> alerts = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    alerts.add(new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6).substring("org.baytrack.".length())));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read alerts: " + e.getMessage(), e);
        }
    }

    public long latestSeq() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select coalesce(max(seq), 0) from alert");
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read alerts: " + e.getMessage(), e);
        }
    }
}
