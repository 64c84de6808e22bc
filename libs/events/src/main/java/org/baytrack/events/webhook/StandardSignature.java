package org.baytrack.events.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com/): {@code v1,<base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>">}. The id is signed, so a captured delivery cannot be replayed under
 * another id; one signature per active secret, space-separated, lets a receiver switch secrets without a gap.
 * The notification service signs with it and its subscribers verify with it: a contract between the two.
 */
public final class StandardSignature {
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    /** How far a delivery's timestamp may be from the receiver's clock, as the standard's libraries allow. */
    public static final long TOLERANCE_SECONDS = 300;

    private StandardSignature() {
    }

    /** The webhook-signature header value, one {@code v1,} signature per secret in the given order. */
    public static String header(List<String> secrets, String id, long unixSeconds, String body) {
        String signed = signedContent(id, unixSeconds, body);
        return secrets.stream().map(s -> "v1," + sign(WebhookSecret.signingKey(s), signed))
                .collect(Collectors.joining(" "));
    }

    /**
     * What a receiver does with the three headers: true when one of the header's {@code v1} signatures is the one
     * {@code secret} gives for this id, timestamp and body, and the timestamp is within {@link #TOLERANCE_SECONDS}
     * of {@code nowSeconds}. Missing or malformed headers do not verify.
     */
    public static boolean verify(String secret, String id, String timestamp, String signatures, String body,
                                 long nowSeconds) {
        if (secret == null || id == null || timestamp == null || signatures == null || body == null) {
            return false;
        }
        long unixSeconds;
        try {
            unixSeconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - unixSeconds) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = sign(WebhookSecret.signingKey(secret), signedContent(id, unixSeconds, body))
                .getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                    candidate.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static String signedContent(String id, long unixSeconds, String body) {
        return id + "." + unixSeconds + "." + body;
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
