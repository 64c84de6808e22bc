package org.baytrack.events.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signatures checked with the official Standard Webhooks library, as a receiver checks them. */
class StandardSignatureTest {
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"evt-1\",\"data\":{\"a\":\"合龙\"}}";
    private final SecureRandom random = new SecureRandom();

    private static HttpHeaders headers(String id, long timestamp, String signature) {
        return HttpHeaders.of(Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature)), (n, v) -> true);
    }

    @Test
    void generatedSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        String secret = WebhookSecret.generate(random);
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSecret.refusal(secret)).isEmpty();
        assertThat(WebhookSecret.generate(random)).isNotEqualTo(secret);
    }

    @Test
    void signatureIsTheOneTheLibraryComputes() throws Exception {
        String secret = WebhookSecret.generate(random);
        long now = Instant.now().getEpochSecond();
        String header = StandardSignature.header(List.of(secret), "evt-1", now, BODY);
        assertThat(header).isEqualTo(new Webhook(secret).sign("evt-1", now, BODY));
        new Webhook(secret).verify(BODY, headers("evt-1", now, header));
    }

    @Test
    void anotherIdBodyOrSecretDoesNotVerify() {
        String secret = WebhookSecret.generate(random);
        long now = Instant.now().getEpochSecond();
        String header = StandardSignature.header(List.of(secret), "evt-1", now, BODY);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY, headers("evt-2", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY + " ", headers("evt-1", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate(random)).verify(BODY, headers("evt-1", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationBothSecretsVerifyAndTheNewSignatureComesFirst() throws Exception {
        String fresh = WebhookSecret.generate(random);
        String old = WebhookSecret.generate(random);
        long now = Instant.now().getEpochSecond();
        String header = StandardSignature.header(List.of(fresh, old), "evt-1", now, BODY);
        assertThat(header.split(" ")).containsExactly(new Webhook(fresh).sign("evt-1", now, BODY),
                new Webhook(old).sign("evt-1", now, BODY));
        new Webhook(fresh).verify(BODY, headers("evt-1", now, header));
        new Webhook(old).verify(BODY, headers("evt-1", now, header));
    }

    @Test
    void aLegacySecretIsKeyedWithItsUtf8Bytes() throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = StandardSignature.header(List.of("s3cret"), "evt-1", now, BODY);
        new Webhook("s3cret".getBytes(StandardCharsets.UTF_8)).verify(BODY, headers("evt-1", now, header));
    }

    @Test
    void ourVerifyAcceptsWhatTheLibrarySignsAndRefusesAnyChange() throws Exception {
        String secret = WebhookSecret.generate(random);
        long now = Instant.now().getEpochSecond();
        String signature = new Webhook(secret).sign("evt-1", now, BODY);
        String stamp = Long.toString(now);

        assertThat(StandardSignature.verify(secret, "evt-1", stamp, signature, BODY, now)).isTrue();
        assertThat(StandardSignature.verify(secret, "evt-2", stamp, signature, BODY, now)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", Long.toString(now + 1), signature, BODY, now)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", stamp, signature, BODY + " ", now)).isFalse();
        assertThat(StandardSignature.verify(WebhookSecret.generate(random), "evt-1", stamp, signature, BODY, now)).isFalse();
    }

    @Test
    void ourVerifyFindsItsSecretAmongTheRotationSignaturesAndReadsLegacySecretsAsBytes() throws Exception {
        String fresh = WebhookSecret.generate(random);
        String old = WebhookSecret.generate(random);
        long now = Instant.now().getEpochSecond();
        String header = StandardSignature.header(List.of(fresh, old), "evt-1", now, BODY);

        assertThat(StandardSignature.verify(old, "evt-1", Long.toString(now), header, BODY, now)).isTrue();
        assertThat(StandardSignature.verify(fresh, "evt-1", Long.toString(now), header, BODY, now)).isTrue();
        String legacy = new Webhook("s3cret".getBytes(StandardCharsets.UTF_8)).sign("evt-1", now, BODY);
        assertThat(StandardSignature.verify("s3cret", "evt-1", Long.toString(now), legacy, BODY, now)).isTrue();
    }

    @Test
    void aStaleTimestampOrMissingHeadersDoNotVerify() {
        String secret = WebhookSecret.generate(random);
        long then = 1_700_000_000L;
        String header = StandardSignature.header(List.of(secret), "evt-1", then, BODY);
        String stamp = Long.toString(then);

        assertThat(StandardSignature.verify(secret, "evt-1", stamp, header, BODY, then + 300)).isTrue();
        assertThat(StandardSignature.verify(secret, "evt-1", stamp, header, BODY, then + 301)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", stamp, header, BODY, then - 301)).isFalse();
        assertThat(StandardSignature.verify(secret, null, stamp, header, BODY, then)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", "soon", header, BODY, then)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", stamp, null, BODY, then)).isFalse();
        assertThat(StandardSignature.verify(secret, "evt-1", stamp, header.replace("v1,", "v2,"), BODY, then)).isFalse();
    }

    @Test
    void secretsNotInTheStandardFormAreRefused() {
        assertThat(WebhookSecret.refusal("s3cret")).isPresent();
        assertThat(WebhookSecret.refusal("whsec_" + Base64.getEncoder().encodeToString(new byte[23]))).isPresent();
        assertThat(WebhookSecret.refusal("whsec_" + Base64.getEncoder().encodeToString(new byte[24]))).isEmpty();
        assertThat(WebhookSecret.refusal("whsec_%%%%")).isPresent();
    }
}
