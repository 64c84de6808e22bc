package org.baytrack.notification.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A subscription as the API shows it. The webhook secret appears only in the answer that generated it ({@code shownSecret}). A
 * disabled subscription says when and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, List<String> projects, List<String> kinds, boolean historical,
                               String channel, WebhookView webhook, String email, String contact,
                               OffsetDateTime disabledAt, String disabledReason, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt, List<String> parties) {

    /** {@code previousSecretExpiresAt}: until when the secret replaced by the last rotation still signs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(String url, String secret, OffsetDateTime previousSecretExpiresAt) {
    }

    public static SubscriptionView of(Subscription s, String shownSecret) {
        SubscriptionSpec spec = s.spec();
        OffsetDateTime previousUntil = s.webhookPreviousSecretExpiresAt != null
                && s.webhookPreviousSecretExpiresAt.isAfter(OffsetDateTime.now()) ? s.webhookPreviousSecretExpiresAt : null;
        return new SubscriptionView(s.id, spec.projects(), spec.kinds(), spec.historical(), spec.channel(),
                spec.webhook() == null ? null : new WebhookView(spec.webhook().url(),
                        shownSecret, previousUntil),
                spec.email(), spec.contact(), s.disabledAt, s.disabledReason, s.createdAt, s.updatedAt,
                spec.parties().isEmpty() ? null : spec.parties());
    }
}
