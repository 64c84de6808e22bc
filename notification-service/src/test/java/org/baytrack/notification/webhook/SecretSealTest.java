package org.baytrack.notification.webhook;

import org.baytrack.events.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTest {
    private static final String SECRET = WebhookSecret.generate(new SecureRandom());

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final SecretSeal seal = SecretSeal.fromBase64(randomKey(32));

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String stored = seal.seal(SECRET, "sub-1");
        assertThat(stored).startsWith("v1:").doesNotContain(SECRET).doesNotContain(SECRET.substring(6, 20));
        assertThat(SecretSeal.isSealed(stored)).isTrue();
        assertThat(seal.open(stored, "sub-1")).isEqualTo(SECRET);
    }

    @Test
    void sealingTwiceGivesTwoCiphertextsBecauseEachHasItsOwnNonce() {
        assertThat(seal.seal(SECRET, "sub-1")).isNotEqualTo(seal.seal(SECRET, "sub-1"));
    }

    @Test
    void anotherKeyOrAnotherSubscriptionCannotOpenIt() {
        String stored = seal.seal(SECRET, "sub-1");
        assertThatThrownBy(() -> SecretSeal.fromBase64(randomKey(32)).open(stored, "sub-1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sub-1")
                .hasMessageContaining("baytrack.notification.secret-key").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> seal.open(stored, "sub-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open(stored.substring(0, stored.length() - 4) + "AAAA", "sub-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rowsFromBeforeEncryptionOpenAsTheSecretTheyHold() {
        assertThat(seal.open("plain:" + SECRET, "sub-1")).isEqualTo(SECRET);
        assertThat(seal.open("legacy-secret", "sub-1")).isEqualTo("legacy-secret");
        assertThat(SecretSeal.isSealed("plain:v1:abc")).isFalse();
        assertThat(seal.open(null, "sub-1")).isNull();
    }

    @Test
    void aMalformedKeySaysWhatToSet() {
        assertThatThrownBy(() -> SecretSeal.fromBase64(randomKey(16))).hasMessageContaining("is 16 bytes")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SecretSeal.fromBase64("not base64 at all!")).hasMessageContaining("not base64");
    }
}
