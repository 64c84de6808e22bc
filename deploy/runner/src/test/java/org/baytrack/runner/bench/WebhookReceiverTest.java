package org.baytrack.runner.bench;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTest {
    @Test
    void acceptsWhatIsSignedWithItsSecretAndNothingElse() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver("127.0.0.1", 0, new AlertLedger())) {
            assertThat(receiver.secret()).startsWith("whsec_");
            String body = "{\"id\":\"evt-1\"}";
            long now = System.currentTimeMillis() / 1000;
            String signature = new Webhook(receiver.secret()).sign("evt-1", now, body);

            assertThat(receiver.verify(headers("evt-1", now, signature), body.getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(receiver.verify(headers("evt-2", now, signature), body.getBytes(StandardCharsets.UTF_8))).isFalse();
            assertThat(receiver.verify(headers("evt-1", now, signature), "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        }
    }

    private static HttpHeaders headers(String id, long timestamp, String signature) {
        return HttpHeaders.of(Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(String.valueOf(timestamp)),
                "webhook-signature", List.of(signature)), (name, value) -> true);
    }
}
