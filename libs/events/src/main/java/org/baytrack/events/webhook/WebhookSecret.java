package org.baytrack.events.webhook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Standard Webhooks secrets: {@code whsec_} and the base64 of at least 24 random bytes; the signing key is those
 * bytes. Subscriptions made before this rule may hold any string of 6 or more characters; such a legacy secret
 * keys both signatures with its UTF-8 bytes, which is what a receiver gets from the standard libraries when it
 * passes the secret as raw bytes.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    private static final int GENERATED_BYTES = 32;

    private WebhookSecret() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** Why a secret sent by a client is not acceptable, in words for the caller; empty if it is. */
    public static Optional<String> refusal(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || decode(secret).isEmpty()) {
            return Optional.of("webhook.secret must be 'whsec_' followed by the base64 of at least " + MIN_BYTES
                    + " random bytes (for example 'whsec_' + the output of `openssl rand -base64 32`), or left out "
                    + "to have one generated");
        }
        return Optional.empty();
    }

    /** The HMAC key: the decoded bytes of a standard secret, the UTF-8 bytes of a legacy one. */
    public static byte[] signingKey(String secret) {
        return decode(secret).orElseGet(() -> secret.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<byte[]> decode(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            return key.length >= MIN_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
