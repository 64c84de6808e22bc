package org.baytrack.notification.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.notification.channel.Envelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of table {@code delivery}. Every statement has one shape whatever its values: a null binds as null to
 * its own column, never shifting the parameters after it.
 */
@ApplicationScoped
public class DeliveryStore {
    private static final String VIEW = "select d.id, d.subscription_id, d.event_id, a.project_id, a.change, "
            + "d.channel, d.status, d.attempts, d.last_error, d.last_attempt_at, d.next_attempt_at, d.created_at, "
            + "d.delivered_at, d.dead_at, d.entry from delivery d left join alert a on a.event_id = d.event_id ";

    /** A delivery taken for an attempt, with the lease that keeps the other claims off it while it is sent. */
    public record Claimed(long id, String channel, int attempts, int windowAttempts, Envelope envelope) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;

    /** Inside the caller's transaction; a subscription gets each event once. @return 1 when queued, 0 when it was */
    public int queue(String subscriptionId, String eventId, String channel) {
        return em.createNativeQuery("insert into delivery (subscription_id, event_id, channel) "
                        + "values (:subscription, :event, :channel) on conflict (subscription_id, event_id) do nothing")
                .setParameter("subscription", subscriptionId)
                .setParameter("event", eventId)
                .setParameter("channel", channel)
                .executeUpdate();
    }

    /** A subscription's log, newest first; {@code status} null for every status. */
    public List<DeliveryView> ofSubscription(String subscriptionId, String status, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(VIEW
                + "where d.subscription_id = ? and d.status = coalesce(?, d.status) order by d.id desc limit ?")) {
            ps.setString(1, subscriptionId);
            ps.setString(2, status);
            ps.setInt(3, limit);
            return views(ps);
        }
    }

    public Optional<DeliveryView> find(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(VIEW + "where d.id = ?")) {
            ps.setLong(1, id);
            return views(ps).stream().findFirst();
        }
    }

    /** Puts a dead letter back in the queue, due now, at the start of its retry schedule. */
    public void requeueDead(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update delivery set status = 'pending', next_attempt_at = now(), window_start = now(), "
                        + "window_attempts = 0, dead_at = null where id = ? and status = 'dead' and entry = 'delivery'")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Forgets the deliveries of one channel that were not sent yet. @return how many */
    public int dropPending(String subscriptionId, String channel) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from delivery where subscription_id = ? and channel = ? and status = 'pending'")) {
            ps.setString(1, subscriptionId);
            ps.setString(2, channel);
            return ps.executeUpdate();
        }
    }

    /**
     * Takes at most {@code max} due deliveries, oldest due first, counting the attempt and moving their next attempt
     * {@code lease} ahead: a service that dies mid-send leaves the lease to run out, and the delivery is sent again.
     */
    public List<Claimed> claim(int max, Duration lease) throws SQLException {
        String sql = "with due as (select id from delivery where status = 'pending' and next_attempt_at <= now() "
                + "order by next_attempt_at, id limit ? for update skip locked) "
                + "update delivery d set attempts = d.attempts + 1, window_attempts = d.window_attempts + 1, "
                + "last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => ?) "
                + "from due, subscription s, alert a "
                + "where d.id = due.id and s.id = d.subscription_id and a.event_id = d.event_id "
                + "returning d.id, d.channel, d.event_id, d.attempts, d.window_attempts, d.subscription_id, "
                + "s.webhook_url, s.webhook_secret, case when s.webhook_previous_secret_expires_at > now() "
                + "then s.webhook_previous_secret end as previous_secret, s.email, a.payload, s.unsubscribe_token";
        List<Claimed> batch = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, max);
            ps.setDouble(2, lease.toMillis() / 1000.0);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> secrets = new ArrayList<>();
                    if (rs.getString("webhook_secret") != null) {
                        secrets.add(rs.getString("webhook_secret"));
                    }
                    if (rs.getString("previous_secret") != null) {
                        secrets.add(rs.getString("previous_secret"));
                    }
                    var envelope = new Envelope(rs.getString("subscription_id"), rs.getString("event_id"),
                            rs.getString("payload"), rs.getString("webhook_url"), List.copyOf(secrets),
                            rs.getString("email"), rs.getString("unsubscribe_token"));
                    batch.add(new Claimed(rs.getLong("id"), rs.getString("channel"), rs.getInt("attempts"),
                            rs.getInt("window_attempts"), envelope));
                }
            }
        }
        return batch;
    }

    /** The outcomes of an attempt, on the connection that also records the endpoint's health. */
    public void delivered(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update delivery set status = 'delivered', delivered_at = now(), "
                + "next_attempt_at = null, last_error = null where id = ? and status = 'pending'")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public void rescheduled(Connection c, long id, String error, Instant next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update delivery set last_error = ?, next_attempt_at = ? "
                + "where id = ? and status = 'pending'")) {
            ps.setString(1, error);
            ps.setTimestamp(2, Timestamp.from(next));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void deadLettered(Connection c, long id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update delivery set status = 'dead', dead_at = now(), "
                + "next_attempt_at = null, last_error = ? where id = ? and status = 'pending'")) {
            ps.setString(1, error);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** A disabled subscription's pending deliveries become dead letters, and its log says why it was disabled. */
    void disabled(Connection c, String subscriptionId, String channel, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update delivery set status = 'dead', dead_at = now(), "
                + "next_attempt_at = null, last_error = coalesce(last_error || '; ', '') || 'subscription disabled' "
                + "where subscription_id = ? and status = 'pending'")) {
            ps.setString(1, subscriptionId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into delivery (subscription_id, event_id, "
                + "channel, entry, status, last_error, next_attempt_at, dead_at) "
                + "values (?, null, ?, ?, 'disabled', ?, null, now())")) {
            ps.setString(1, subscriptionId);
            ps.setString(2, channel);
            ps.setString(3, EndpointHealth.DISABLED_ENTRY);
            ps.setString(4, reason);
            ps.executeUpdate();
        }
    }

    private static List<DeliveryView> views(PreparedStatement ps) throws SQLException {
        List<DeliveryView> views = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                views.add(new DeliveryView(rs.getLong("id"), rs.getString("subscription_id"), rs.getString("event_id"),
                        rs.getString("project_id"), rs.getString("change"), rs.getString("channel"),
                        rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("last_attempt_at", OffsetDateTime.class),
                        rs.getObject("next_attempt_at", OffsetDateTime.class),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("delivered_at", OffsetDateTime.class),
                        rs.getObject("dead_at", OffsetDateTime.class), rs.getString("entry")));
            }
        }
        return views;
    }
}
