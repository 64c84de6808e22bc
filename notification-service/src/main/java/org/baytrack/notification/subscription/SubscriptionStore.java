package org.baytrack.notification.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of table {@code subscription} beyond the entity's own finders: whom an alert may go to, and the columns
 * that follow an endpoint's health (on the delivery worker's connection, outside any JPA transaction).
 */
@ApplicationScoped
public class SubscriptionStore {
    @Inject
    EntityManager em;

    /** The subscription just disabled: whom to tell, and the channel its log entry is written for. */
    public record Disabled(String contact, String channel) {
    }

    /** Subscriptions with an address, not disabled, naming the project or every project ({@code *}). */
    @SuppressWarnings("unchecked")
    public List<Subscription> reachableFollowing(String projectId) {
        return em.createNativeQuery("select * from subscription where (webhook_url is not null or email is not null) "
                        + "and disabled_at is null and (:project = any (projects) or '*' = any (projects))",
                        Subscription.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** Subscriptions with an address, not disabled, that ask for the kind of change. */
    @SuppressWarnings("unchecked")
    public List<Subscription> reachableWanting(String kind) {
        return em.createNativeQuery("select * from subscription where (webhook_url is not null or email is not null) "
                        + "and disabled_at is null and :kind = any (kinds)", Subscription.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** The endpoint answered: it is no longer failing. */
    public void succeeded(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update subscription set failing_since = null where id = ? and failing_since is not null")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** The endpoint failed: since when it has failed every attempt; empty for a disabled or deleted subscription. */
    public Optional<Instant> failed(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update subscription set failing_since = "
                + "coalesce(failing_since, now()) where id = ? and disabled_at is null returning failing_since")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        }
    }

    /** Disables the subscription with the reason; empty if it was disabled already (or is gone). */
    public Optional<Disabled> disable(Connection c, String id, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update subscription set disabled_at = now(), "
                + "disabled_reason = ? where id = ? and disabled_at is null "
                + "returning contact, case when webhook_url is not null then 'webhook' else 'email' end as channel")) {
            ps.setString(1, reason);
            ps.setString(2, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Disabled(rs.getString("contact"), rs.getString("channel")))
                        : Optional.empty();
            }
        }
    }
}
