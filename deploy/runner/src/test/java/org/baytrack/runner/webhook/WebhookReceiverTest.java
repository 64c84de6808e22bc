package org.baytrack.runner.webhook;

import org.baytrack.events.webhook.StandardSignature;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTest {
    private static final String BODY = "{\"id\":\"evt-1\",\"data\":{\"projectId\":\"bench-0001-1\"}}";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void acceptsWhatIsSignedWithItsSecretAndRefusesAnythingElse() throws Exception {
        BlockingQueue<WebhookReceiver.Delivery> deliveries = new LinkedBlockingQueue<>();
        try (WebhookReceiver receiver = WebhookReceiver.withNewSecret("127.0.0.1", 0, deliveries::add)) {
            assertThat(receiver.secret()).startsWith("whsec_");
            long now = System.currentTimeMillis() / 1000;
            String signature = StandardSignature.header(List.of(receiver.secret()), "evt-1", now, BODY);

            assertThat(post(receiver, "evt-1", now, signature, BODY)).isEqualTo(204);
            WebhookReceiver.Delivery signed = deliveries.poll(5, TimeUnit.SECONDS);
            assertThat(signed).isNotNull();
            assertThat(signed.signatureValid()).isTrue();
            assertThat(signed.eventId()).isEqualTo("evt-1");
            assertThat(signed.body()).isEqualTo(BODY);
            assertThat(signed.contentType()).isEqualTo("application/cloudevents+json");
            assertThat(signed.signature()).isEqualTo(signature);
            assertThat(signed.receivedNanos()).isPositive();

            assertThat(post(receiver, "evt-2", now, signature, BODY)).as("another id").isEqualTo(401);
            assertThat(post(receiver, "evt-1", now, signature, "{}")).as("another body").isEqualTo(401);
            assertThat(deliveries.poll(5, TimeUnit.SECONDS).signatureValid()).isFalse();
            assertThat(deliveries.poll(5, TimeUnit.SECONDS).signatureValid()).isFalse();
        }
    }

    private int post(WebhookReceiver receiver, String id, long timestamp, String signature, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("Content-Type", "application/cloudevents+json")
                .header(StandardSignature.ID, id)
                .header(StandardSignature.TIMESTAMP, Long.toString(timestamp))
                .header(StandardSignature.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
