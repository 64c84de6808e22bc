package org.baytrack.notification.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.notification.webhook.SecretSeal;
import org.baytrack.notification.webhook.SecretVault;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * At start-up, before anything sends: refuses to run with a key that is malformed, missing while secrets are stored,
 * or not the one they were sealed with, and seals the secrets still stored in the clear (rows from before
 * encryption, which migration V6 marked {@code plain:}).
 */
@ApplicationScoped
public class SecretsAtRest {
    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);
    private static final String UNSEALED = "(webhookSecret is not null and webhookSecret not like 'v1:%') "
            + "or (webhookPreviousSecret is not null and webhookPreviousSecret not like 'v1:%')";

    @Inject
    SecretVault vault;

    void atStart(@Observes @Priority(10) StartupEvent event) {
        int sealed = sealStoredSecrets();
        if (sealed > 0) {
            LOG.infof("Encrypted the webhook secrets of %d subscriptions stored before encryption", sealed);
        }
    }

    /** How many subscriptions' secrets it sealed; {@link IllegalStateException} saying what to configure. */
    public int sealStoredSecrets() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long stored = Subscription.count("webhookSecret is not null or webhookPreviousSecret is not null");
            refusal(vault.keyProblem(), vault.hasKey(), stored).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
            if (!vault.hasKey()) {
                return 0;
            }
            Subscription.<Subscription>find("webhookSecret like 'v1:%'").firstResultOptional()
                    .ifPresent(s -> vault.open(s.webhookSecret, s.id)); // a changed key fails here, not at each send
            List<Subscription> unsealed = Subscription.list(UNSEALED);
            for (Subscription s : unsealed) {
                s.webhookSecret = sealed(s.webhookSecret, s.id);
                s.webhookPreviousSecret = sealed(s.webhookPreviousSecret, s.id);
            }
            return unsealed.size();
        });
    }

    /** Why the service must not start with this key, given how many subscriptions store secrets. */
    static Optional<String> refusal(Optional<String> keyProblem, boolean hasKey, long storedSecrets) {
        if (keyProblem.isPresent()) {
            return keyProblem;
        }
        if (!hasKey && storedSecrets > 0) {
            return Optional.of(storedSecrets + " subscriptions store webhook secrets, but baytrack.notification."
                    + "secret-key (BAYTRACK_NOTIFICATION_SECRET_KEY) is not set. Set it to the key they were encrypted "
                    + "with (the local runner keeps it in .baytrack/secret-key), or to the output of `openssl rand "
                    + "-base64 32` if they were stored before encryption.");
        }
        return Optional.empty();
    }

    private String sealed(String stored, String subscriptionId) {
        if (stored == null || SecretSeal.isSealed(stored)) {
            return stored;
        }
        return vault.seal(SecretSeal.unsealed(stored), subscriptionId);
    }
}
