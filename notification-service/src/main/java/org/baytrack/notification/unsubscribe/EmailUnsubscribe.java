package org.baytrack.notification.unsubscribe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.notification.delivery.DeliveryLog;
import org.baytrack.notification.subscription.Subscription;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Switches off a subscription's e-mail delivery through the token in its alerts' unsubscribe link. The rest of
 * the subscription stays: its projects, kinds and delivery log, and its webhook or stream use.
 */
@ApplicationScoped
public class EmailUnsubscribe {
    /** What a token stands for now: the subscribed address, or none once it has unsubscribed. */
    public record State(String address, boolean subscribed) {
    }

    @Inject
    DeliveryLog deliveries;

    @Transactional
    public Optional<State> state(String token) {
        return find(token).map(s -> new State(s.email, s.email != null));
    }

    /** Idempotent: a second click finds the subscription already off and changes nothing. */
    @Transactional
    public Optional<State> unsubscribe(String token) {
        Optional<Subscription> found = find(token);
        found.filter(s -> s.email != null).ifPresent(s -> {
            deliveries.dropPending(s.id, "email");
            s.email = null;
            s.emailUnsubscribedAt = OffsetDateTime.now();
            s.updatedAt = s.emailUnsubscribedAt;
        });
        return found.map(s -> new State(null, false));
    }

    private static Optional<Subscription> find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(Subscription.findByUnsubscribeToken(token));
    }
}
