package org.baytrack.notification.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    private static final String BODY = "{\"a\":1}";

    @Test
    void signatureIsHexHmacSha256OfTimestampDotBodyLikeStripe() {
        // Reference value computed independently with Python's hmac module.
        assertThat(WebhookSignature.header("s3cret", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940");
    }

    @Test
    void receiverWithTheSameSecretAcceptsTheSignature() {
        String header = WebhookSignature.header("s3cret", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("s3cret", header, BODY, 1_700_000_010L, 300)).isTrue();
    }

    @Test
    void tamperedBodyOrOtherSecretIsRejected() {
        String header = WebhookSignature.header("s3cret", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("s3cret", header, "{\"a\":2}", 1_700_000_000L, 300)).isFalse();
        assertThat(WebhookSignature.verify("other", header, BODY, 1_700_000_000L, 300)).isFalse();
    }

    @Test
    void replayOutsideTheToleranceIsRejected() {
        String header = WebhookSignature.header("s3cret", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("s3cret", header, BODY, 1_700_000_301L, 300)).isFalse();
    }

    @Test
    void malformedHeaderIsRejected() {
        assertThat(WebhookSignature.verify("s3cret", "v1=abc", BODY, 0, 300)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", "t=x,v1=abc", BODY, 0, 300)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", null, BODY, 0, 300)).isFalse();
    }
}
