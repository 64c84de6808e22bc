package org.baytrack.notification.channel;

import java.util.List;

/**
 * One alert on its way to one subscriber: the CloudEvent JSON and the subscription's addresses, as the delivery
 * worker claimed them. {@code sealedSecrets} are the webhook secrets as stored (the current one, then the one it
 * replaced while that still signs); {@code unsubscribeToken} makes the e-mail's one-click unsubscribe link.
 */
public record Envelope(String subscriptionId, String eventId, String payload, String webhookUrl,
                       List<String> sealedSecrets, String email, String unsubscribeToken) {
}
