package org.baytrack.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Disables a subscription whose endpoint is gone: at once when it answers 410 Gone, or when it has failed every
 * attempt for {@code delivery.disable-after} (5 days). Disabling dead-letters its pending deliveries, writes a
 * {@code subscription.disabled} entry in its delivery log and tells its contact, if it has one.
 */
@ApplicationScoped
public class EndpointHealth {
    public static final String DISABLED_ENTRY = "subscription.disabled";
    private static final Logger LOG = Logger.getLogger(EndpointHealth.class);

    @Inject
    NotificationConfig config;
    @Inject
    DisabledNotice notice;

    /** Why this failure disables the endpoint; empty if it does not. */
    public static Optional<String> disableReason(Attempt failure, Instant failingSince, Instant now, Duration after) {
        if (failure.gone()) {
            return Optional.of("the endpoint answered 410 Gone (" + failure.error() + ")");
        }
        if (!failingSince.plus(after).isAfter(now)) {
            return Optional.of("every attempt has failed since " + failingSince + ", for more than " + after
                    + " (last error: " + failure.error() + ")");
        }
        return Optional.empty();
    }

    void succeeded(Connection conn, String subscriptionId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "update subscription set failing_since = null where id = ? and failing_since is not null")) {
            ps.setString(1, subscriptionId);
            ps.executeUpdate();
        }
    }

    void failed(Connection conn, String subscriptionId, Attempt failure) throws SQLException {
        Instant failingSince;
        try (PreparedStatement ps = conn.prepareStatement("update subscription set failing_since = "
                + "coalesce(failing_since, now()) where id = ? and disabled_at is null returning failing_since")) {
            ps.setString(1, subscriptionId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                failingSince = rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
        Optional<String> reason = disableReason(failure, failingSince, Instant.now(), config.delivery().disableAfter());
        if (reason.isPresent()) {
            disable(conn, subscriptionId, reason.get());
        }
    }

    private void disable(Connection conn, String subscriptionId, String reason) throws SQLException {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            String contact;
            String channel;
            try (PreparedStatement ps = conn.prepareStatement("update subscription set disabled_at = now(), "
                    + "disabled_reason = ? where id = ? and disabled_at is null "
                    + "returning contact, case when webhook_url is not null then 'webhook' else 'email' end")) {
                ps.setString(1, reason);
                ps.setString(2, subscriptionId);
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        conn.rollback();
                        return;
                    }
                    contact = rs.getString(1);
                    channel = rs.getString(2);
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("update delivery set status = 'dead', dead_at = now(), "
                    + "next_attempt_at = null, last_error = coalesce(last_error || '; ', '') || 'subscription disabled' "
                    + "where subscription_id = ? and status = 'pending'")) {
                ps.setString(1, subscriptionId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("insert into delivery (subscription_id, event_id, "
                    + "channel, entry, status, last_error, next_attempt_at, dead_at) "
                    + "values (?, null, ?, ?, 'disabled', ?, null, now())")) {
                ps.setString(1, subscriptionId);
                ps.setString(2, channel);
                ps.setString(3, DISABLED_ENTRY);
                ps.setString(4, reason);
                ps.executeUpdate();
            }
            conn.commit();
            LOG.warnf("Subscription %s disabled: %s", subscriptionId, reason);
            if (contact != null) {
                notice.send(contact, subscriptionId, reason);
            }
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }
}
