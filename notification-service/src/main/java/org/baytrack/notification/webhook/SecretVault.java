package org.baytrack.notification.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.notification.config.NotificationConfig;

import java.util.Optional;

/** {@link SecretSeal} with the configured key, for the service's beans; the key may be missing until it is needed. */
@ApplicationScoped
public class SecretVault {
    @Inject
    NotificationConfig config;

    private Optional<SecretSeal> seal;
    private String keyProblem;

    @PostConstruct
    void init() {
        try {
            seal = config.secretKey().filter(k -> !k.isBlank()).map(SecretSeal::fromBase64);
        } catch (IllegalArgumentException e) {
            seal = Optional.empty();
            keyProblem = e.getMessage();
        }
    }

    /** Why the configured key cannot be used, if it is set but malformed. */
    public Optional<String> keyProblem() {
        return Optional.ofNullable(keyProblem);
    }

    public boolean hasKey() {
        return seal.isPresent();
    }

    /** A 503 for the caller when no usable key is configured: webhook secrets are never stored in the clear. */
    public String seal(String secret, String subscriptionId) {
        return seal.orElseThrow(() -> new ProblemException(503, "Webhook secrets cannot be stored",
                "This deployment has no valid baytrack.notification.secret-key, so it cannot keep a webhook secret; "
                        + "ask its operator to set one (base64 of 32 random bytes), or subscribe by e-mail or stream."))
                .seal(secret, subscriptionId);
    }

    public String open(String stored, String subscriptionId) {
        if (!SecretSeal.isSealed(stored)) {
            return SecretSeal.unsealed(stored);
        }
        return seal.orElseThrow(() -> new IllegalStateException("the webhook secret of subscription " + subscriptionId
                + " is encrypted and baytrack.notification.secret-key is not set")).open(stored, subscriptionId);
    }
}
