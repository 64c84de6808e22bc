package org.baytrack.notification.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Deprecated, sent for one more release beside {@link org.baytrack.events.webhook.StandardSignature}: Stripe's scheme,
 * {@code Baytrack-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256("<t>.<raw body>")>}, keyed with the UTF-8 bytes
 * of the whole secret string (prefix included) as before, so receivers written for it keep verifying. It does not
 * cover the event id. During a secret rotation it carries one v1 per active secret.
 */
public final class WebhookSignature {
    public static final String HEADER = "Baytrack-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return header(java.util.List.of(secret), unixSeconds, body);
    }

    public static String header(java.util.List<String> secrets, long unixSeconds, String body) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        secrets.forEach(s -> header.append(",v1=").append(hmacHex(s, unixSeconds + "." + body)));
        return header.toString();
    }

    /**
     * What a receiver does: true if one of the header's v1 signatures matches and its timestamp is within
     * {@code toleranceSeconds} of {@code nowSeconds}.
     */
    public static boolean verify(String secret, String header, String body, long nowSeconds, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long t = null;
        var signatures = new java.util.ArrayList<String>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (t == null || Math.abs(nowSeconds - t) > toleranceSeconds) {
            return false;
        }
        byte[] expected = hmacHex(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return signatures.stream().anyMatch(s ->
                MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)));
    }

    static String hmacHex(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
