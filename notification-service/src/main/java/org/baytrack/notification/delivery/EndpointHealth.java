package org.baytrack.notification.delivery;

import org.baytrack.notification.channel.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.subscription.SubscriptionStore;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
    @Inject
    DeliveryStore deliveries;
    @Inject
    SubscriptionStore subscriptions;

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
        subscriptions.succeeded(conn, subscriptionId);
    }

    void failed(Connection conn, String subscriptionId, Attempt failure) throws SQLException {
        Optional<Instant> failingSince = subscriptions.failed(conn, subscriptionId);
        if (failingSince.isEmpty()) {
            return;
        }
        Optional<String> reason = disableReason(failure, failingSince.get(), Instant.now(),
                config.delivery().disableAfter());
        if (reason.isPresent()) {
            disable(conn, subscriptionId, reason.get());
        }
    }

    private void disable(Connection conn, String subscriptionId, String reason) throws SQLException {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            Optional<SubscriptionStore.Disabled> disabled = subscriptions.disable(conn, subscriptionId, reason);
            if (disabled.isEmpty()) {
                conn.rollback();
                return;
            }
            deliveries.disabled(conn, subscriptionId, disabled.get().channel(), reason);
            conn.commit();
            LOG.warnf("Subscription %s disabled: %s", subscriptionId, reason);
            if (disabled.get().contact() != null) {
                notice.send(disabled.get().contact(), subscriptionId, reason);
            }
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }
}
