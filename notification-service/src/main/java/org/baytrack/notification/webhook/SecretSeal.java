package org.baytrack.notification.webhook;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook secrets as the database keeps them: AES-256-GCM with a random 96-bit nonce, bound to the subscription id
 * (as associated data, so a sealed secret copied to another row does not open), stored as {@code v1:} and the base64
 * of nonce and ciphertext. Rows written before encryption carry {@code plain:} (migration V6) until start-up seals
 * them.
 */
public final class SecretSeal {
    static final String SEALED = "v1:";
    static final String PLAIN = "plain:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from configuration; {@link IllegalArgumentException} saying what to set when it is not 32 bytes. */
    public static SecretSeal fromBase64(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baytrack.notification.secret-key is not base64; set it to 32 random "
                    + "bytes in base64, for example the output of `openssl rand -base64 32`");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("baytrack.notification.secret-key is " + key.length + " bytes; it must "
                    + "be 32 random bytes in base64, for example the output of `openssl rand -base64 32`");
        }
        return new SecretSeal(key);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(SEALED);
    }

    /** A stored value that is not sealed, as the secret it holds. */
    public static String unsealed(String stored) {
        return stored != null && stored.startsWith(PLAIN) ? stored.substring(PLAIN.length()) : stored;
    }

    public String seal(String secret, String subscriptionId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, subscriptionId, secret.getBytes(StandardCharsets.UTF_8));
        return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret a stored value holds; {@link IllegalStateException} when this key did not seal it. */
    public String open(String stored, String subscriptionId) {
        if (!isSealed(stored)) {
            return unsealed(stored);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        } catch (IllegalArgumentException e) {
            throw unopenable(subscriptionId);
        }
        if (all.length <= NONCE_BYTES) {
            throw unopenable(subscriptionId);
        }
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, subscriptionId, sealed), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, String subscriptionId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw unopenable(subscriptionId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException unopenable(String subscriptionId) {
        return new IllegalStateException("the webhook secret of subscription " + subscriptionId + " does not open with "
                + "baytrack.notification.secret-key; set the key it was encrypted with");
    }
}
