package org.baytrack.notification.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.delivery.Attempt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * POSTs the CloudEvent JSON to a subscriber's URL, signed by Standard Webhooks with every active secret (the
 * newest first), with the event id as idempotency key. The URL is checked again at send time (DNS may have changed
 * since the subscription was made); redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** Deprecated with Baytrack-Signature: the same value as webhook-id. */
    public static final String EVENT_ID_HEADER = "Baytrack-Event-Id";

    @Inject
    NotificationConfig config;

    private HttpClient client;
    private WebhookUrlPolicy policy;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.delivery().webhookTimeout())
                .build();
        policy = new WebhookUrlPolicy(config.allowLoopbackWebhooks(), config.allowPrivateWebhooks());
    }

    public Attempt send(String url, List<String> secrets, String eventId, String body) {
        Optional<String> refused = policy.refusal(url);
        if (refused.isPresent()) {
            return Attempt.failed("refused: " + refused.get());
        }
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.delivery().webhookTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Baytrack-Notification/1.0")
                .header(StandardSignature.ID, eventId)
                .header(StandardSignature.TIMESTAMP, Long.toString(now))
                .header(StandardSignature.SIGNATURE, StandardSignature.header(secrets, eventId, now, body))
                .header(EVENT_ID_HEADER, eventId)
                .header(WebhookSignature.HEADER, WebhookSignature.header(secrets, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            try (InputStream in = response.body()) {
                byte[] head = in.readNBytes(300);
                if (status >= 200 && status < 300) {
                    return Attempt.ok();
                }
                String text = new String(head, StandardCharsets.UTF_8).strip();
                String error = "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
                return status == 410 ? Attempt.gone(error) : Attempt.failed(error);
            }
        } catch (HttpTimeoutException e) {
            return Attempt.failed("no answer within " + config.delivery().webhookTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return Attempt.failed("could not reach " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted while sending (service shutting down)");
        }
    }
}
