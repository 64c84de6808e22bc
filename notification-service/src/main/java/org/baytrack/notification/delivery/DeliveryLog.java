package org.baytrack.notification.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The delivery table: queues deliveries, reads the log and puts dead letters back in the queue. */
@ApplicationScoped
public class DeliveryLog {
    static final Set<String> STATUSES = Set.of("pending", "delivered", "dead", "disabled");
    private static final String SELECT = "select d.id, d.subscription_id, d.event_id, a.project_id, a.change, d.channel, "
            + "d.status, d.attempts, d.last_error, d.last_attempt_at, d.next_attempt_at, d.created_at, d.delivered_at, "
            + "d.dead_at, d.entry from delivery d left join alert a on a.event_id = d.event_id ";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DeliveryWorker worker;
    @Inject
    EntityManager em;

    /** Inside the caller's transaction; a subscription gets each event once. @return 1 when queued, 0 when it was */
    public int queue(String subscriptionId, String eventId, String channel) {
        return em.createNativeQuery("insert into delivery (subscription_id, event_id, channel) "
                        + "values (?1, ?2, ?3) on conflict (subscription_id, event_id) do nothing")
                .setParameter(1, subscriptionId)
                .setParameter(2, eventId)
                .setParameter(3, channel)
                .executeUpdate();
    }

    /** Newest first. */
    public List<DeliveryView> forSubscription(String subscriptionId, String status, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status '" + status + "' is not a delivery status; use pending, "
                    + "delivered, dead or disabled");
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit must be between 1 and 1000, got " + limit);
        }
        String sql = SELECT + "where d.subscription_id = ? " + (status == null ? "" : "and d.status = ? ")
                + "order by d.id desc limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, subscriptionId);
            if (status != null) {
                ps.setString(i++, status);
            }
            ps.setInt(i, limit);
            return read(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the delivery log: " + e.getMessage(), e);
        }
    }

    public DeliveryView get(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT + "where d.id = ?")) {
            ps.setLong(1, id);
            List<DeliveryView> found = read(ps);
            if (found.isEmpty()) {
                throw ProblemException.notFound("There is no delivery " + id + "; see GET /subscriptions/{id}/deliveries "
                        + "for a subscription's deliveries.");
            }
            return found.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the delivery log: " + e.getMessage(), e);
        }
    }

    /** Puts a dead-lettered delivery back in the queue at the start of the retry schedule; 409 for any other status. */
    public DeliveryView retry(long id) {
        DeliveryView current = get(id);
        if (!current.status().equals("dead")) {
            throw new ProblemException(409, "Not a dead letter", "Delivery " + id + " is " + current.status()
                    + (current.status().equals("pending") ? "; it is retried automatically (next attempt at "
                    + current.nextAttemptAt() + ")" : "; there is nothing to retry")
                    + ". Only dead-lettered deliveries can be retried by hand.");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update delivery set status = 'pending', next_attempt_at = now(), window_start = now(), "
                        + "window_attempts = 0, dead_at = null where id = ? and status = 'dead' and entry = 'delivery'")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not requeue delivery " + id + ": " + e.getMessage(), e);
        }
        worker.wakeUp();
        return get(id);
    }

    private static List<DeliveryView> read(PreparedStatement ps) throws SQLException {
        List<DeliveryView> views = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                views.add(new DeliveryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class),
                        rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class),
                        rs.getObject(14, OffsetDateTime.class), rs.getString(15)));
            }
        }
        return views;
    }

    /** Forgets the deliveries of one channel that were not sent yet, e.g. once their address has unsubscribed. */
    public int dropPending(String subscriptionId, String channel) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from delivery where subscription_id = ? and channel = ? and status = 'pending'")) {
            ps.setString(1, subscriptionId);
            ps.setString(2, channel);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the pending deliveries: " + e.getMessage(), e);
        }
    }
}
