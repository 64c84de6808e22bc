package org.baytrack.notification.stream;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the alert table in sequence order, the source of the public stream. */
@ApplicationScoped
public class AlertLog {
    @Inject
    AgroalDataSource dataSource;

    public record Alert(long seq, String eventId, String projectId, String change, String payload) {
    }

    /** Alerts after {@code afterSeq}, oldest first; {@code project} null for every project. */
    public List<Alert> after(long afterSeq, String project, boolean historical, int limit) {
        String sql = "select seq, event_id, project_id, change, payload from alert where seq > ? "
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
                            rs.getString(5)));
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
