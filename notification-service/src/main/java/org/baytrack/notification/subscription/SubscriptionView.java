package org.baytrack.notification.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/** A subscription as the API shows it. The webhook secret appears only in the answer that generated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, List<String> projects, List<String> kinds, boolean historical,
                               String channel, WebhookView webhook, String email, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt, List<String> parties) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(String url, String secret) {
    }

    public static SubscriptionView of(Subscription s, boolean showSecret) {
        SubscriptionSpec spec = s.spec();
        return new SubscriptionView(s.id, spec.projects(), spec.kinds(), spec.historical(), spec.channel(),
                spec.webhook() == null ? null
                        : new WebhookView(spec.webhook().url(), showSecret ? spec.webhook().secret() : null),
                spec.email(), s.createdAt, s.updatedAt, spec.parties().isEmpty() ? null : spec.parties());
    }
}
