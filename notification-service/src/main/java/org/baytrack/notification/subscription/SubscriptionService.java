package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.webhook.SecretVault;
import org.baytrack.events.webhook.WebhookSecret;
import org.baytrack.notification.webhook.WebhookUrlPolicy;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creating, changing and removing subscriptions, and rotating their webhook secrets. */
@ApplicationScoped
public class SubscriptionService {
    @Inject
    KnownProjects knownProjects;
    @Inject
    NotificationConfig config;
    @Inject
    EntityManager em;
    @Inject
    SecretVault vault;

    private final SecureRandom random = new SecureRandom();

    /** What POST /subscriptions did: created one, answered an Idempotency-Key seen before, or found a duplicate. */
    public record Created(SubscriptionView subscription, Outcome outcome) {
        public enum Outcome { CREATED, REPLAYED, DUPLICATE }
    }

    public record Rotated(String id, String secret, OffsetDateTime previousSecretExpiresAt) {
    }

    /**
     * Creates the subscription unless the same one exists (same channel target, projects, kinds and parties): then the
     * existing one is answered, as a replay when {@code idempotencyKey} is the key it was created with.
     */
    @Transactional
    public Created create(JsonNode body, String idempotencyKey) {
        SubscriptionSpec spec = rules().read(body);
        SubscriptionSpec.Identity identity = spec.identity();
        // two identical requests at once must not both find no duplicate
        lock("target:" + identity.channel() + ":" + identity.target());
        if (idempotencyKey != null) {
            lock("idempotency-key:" + idempotencyKey);
            Optional<Subscription> earlier = Subscription.find("idempotencyKey", idempotencyKey).firstResultOptional();
            if (earlier.isPresent()) {
                if (!earlier.get().spec().identity().equals(identity)) {
                    throw new ProblemException(422, "Idempotency-Key reused", "Idempotency-Key '" + idempotencyKey
                            + "' was used to create subscription " + earlier.get().id + ", which differs from this "
                            + "request. Send a new key for a different subscription.");
                }
                return new Created(SubscriptionView.of(earlier.get(), null), Created.Outcome.REPLAYED);
            }
        }
        Optional<Subscription> same = sameAs(identity);
        if (same.isPresent()) {
            return new Created(SubscriptionView.of(same.get(), null), Created.Outcome.DUPLICATE);
        }
        boolean generated = spec.webhook() != null && spec.webhook().secret() == null;
        Subscription s = new Subscription();
        s.id = UUID.randomUUID().toString();
        s.createdAt = OffsetDateTime.now();
        s.idempotencyKey = idempotencyKey;
        s.unsubscribeToken = unsubscribeToken();
        SubscriptionSpec full = withSecret(spec);
        s.apply(full, sealedSecret(full, s.id));
        s.persist();
        return new Created(SubscriptionView.of(s, generated ? full.webhook().secret() : null), Created.Outcome.CREATED);
    }

    @Transactional
    public SubscriptionView get(String id) {
        return SubscriptionView.of(find(id), null);
    }

    @Transactional
    public SubscriptionView patch(String id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("Send a JSON merge patch object, e.g. {\"kinds\": [\"status_changed\"]} "
                    + "or {\"email\": null} to remove a field");
        }
        Subscription s = find(id);
        String kept = vault.open(s.webhookSecret, s.id);
        SubscriptionSpec spec = rules().read(SubscriptionSpec.mergePatch(s.spec(kept).toJson(), patch), kept);
        boolean generated = spec.webhook() != null && spec.webhook().secret() == null;
        SubscriptionSpec full = withSecret(spec);
        s.apply(full, sealedSecret(full, s.id));
        return SubscriptionView.of(s, generated ? full.webhook().secret() : null);
    }

    /** A new secret; the one it replaces keeps signing, after the new one, for the configured overlap (24 h). */
    @Transactional
    public Rotated rotateSecret(String id) {
        Subscription s = find(id);
        if (s.webhookUrl == null) {
            throw new ProblemException(409, "No webhook", "Subscription " + id + " delivers by " + s.spec().channel()
                    + "; only a webhook subscription has a secret to rotate.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        s.webhookPreviousSecret = s.webhookSecret;
        s.webhookPreviousSecretExpiresAt = now.plus(config.secretRotationOverlap());
        String fresh = WebhookSecret.generate(random);
        s.webhookSecret = vault.seal(fresh, s.id);
        s.updatedAt = now;
        return new Rotated(s.id, fresh, s.webhookPreviousSecretExpiresAt);
    }

    /** Turns a disabled subscription back on; alerts from now on reach it again. */
    @Transactional
    public SubscriptionView enable(String id) {
        Subscription s = find(id);
        s.disabledAt = null;
        s.disabledReason = null;
        s.failingSince = null;
        s.updatedAt = OffsetDateTime.now();
        return SubscriptionView.of(s, null);
    }

    @Transactional
    public void delete(String id) {
        find(id).delete();
    }

    public Subscription find(String id) {
        Subscription s = Subscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("There is no subscription " + id + "; it may have been deleted. "
                    + "Create one with POST /subscriptions.");
        }
        return s;
    }

    SubscriptionRules rules() {
        return new SubscriptionRules(knownProjects::isKnown, knownProjects::all,
                new WebhookUrlPolicy(WebhookUrlPolicy.Allowances.of(config)));
    }

    private void lock(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name).getSingleResult();
    }

    private Optional<Subscription> sameAs(SubscriptionSpec.Identity identity) {
        List<Subscription> candidates = switch (identity.channel()) {
            case "webhook" -> Subscription.list("webhookUrl", identity.target());
            case "email" -> Subscription.list("email", identity.target());
            default -> Subscription.list("webhookUrl is null and email is null");
        };
        return candidates.stream().filter(s -> s.spec().identity().equals(identity)).findFirst();
    }

    private String unsubscribeToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String sealedSecret(SubscriptionSpec spec, String subscriptionId) {
        return spec.webhook() == null ? null : vault.seal(spec.webhook().secret(), subscriptionId);
    }

    private SubscriptionSpec withSecret(SubscriptionSpec spec) {
        if (spec.webhook() == null || spec.webhook().secret() != null) {
            return spec;
        }
        return spec.withSecret(WebhookSecret.generate(random));
    }
}
