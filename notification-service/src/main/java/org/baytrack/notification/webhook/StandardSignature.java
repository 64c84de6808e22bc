package org.baytrack.notification.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com/): {@code v1,<base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>">}. The id is signed, so a captured delivery cannot be replayed under
 * another id; one signature per active secret, space-separated, lets a receiver switch secrets without a gap.
 */
public final class StandardSignature {
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private StandardSignature() {
    }

    /** The webhook-signature header value, one {@code v1,} signature per secret in the given order. */
    public static String header(List<String> secrets, String id, long unixSeconds, String body) {
        String signed = id + "." + unixSeconds + "." + body;
        return secrets.stream().map(s -> "v1," + sign(WebhookSecret.signingKey(s), signed))
                .collect(Collectors.joining(" "));
    }

    static String sign(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
