package org.baytrack.notification.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.events.webhook.StandardSignature;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.channel.Attempt;
import org.baytrack.notification.channel.Channel;
import org.baytrack.notification.channel.Envelope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POSTs the CloudEvent JSON to a subscriber's URL, signed by Standard Webhooks with every active secret (the
 * newest first), with the event id as idempotency key. The URL is checked again at send time (DNS may have changed
 * since the subscription was made), and the connection goes to the address that check saw ({@link WebhookClient}).
 */
@ApplicationScoped
public class WebhookSender implements Channel {
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** Deprecated with Baytrack-Signature: the same value as webhook-id. */
    public static final String EVENT_ID_HEADER = "Baytrack-Event-Id";

    @Inject
    NotificationConfig config;
    @Inject
    Vertx vertx;
    @Inject
    SecretVault vault;

    private WebhookClient client;

    @PostConstruct
    void init() {
        client = new WebhookClient(vertx, new WebhookUrlPolicy(WebhookUrlPolicy.Allowances.of(config)),
                config.delivery().webhookTimeout(), config.delivery().concurrency());
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean carries(Envelope envelope) {
        return envelope.webhookUrl() != null;
    }

    @Override
    public Attempt send(Envelope envelope) {
        List<String> secrets = envelope.sealedSecrets().stream()
                .map(sealed -> vault.open(sealed, envelope.subscriptionId())).toList();
        return send(envelope.webhookUrl(), secrets, envelope.eventId(), envelope.payload());
    }

    public Attempt send(String url, List<String> secrets, String eventId, String body) {
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("User-Agent", "Baytrack-Notification/1.0");
        headers.put(StandardSignature.ID, eventId);
        headers.put(StandardSignature.TIMESTAMP, Long.toString(now));
        headers.put(StandardSignature.SIGNATURE, StandardSignature.header(secrets, eventId, now, body));
        headers.put(EVENT_ID_HEADER, eventId);
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(secrets, now, body));
        return client.post(url, headers, body);
    }
}
