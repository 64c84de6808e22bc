package org.baytrack.notification.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored subscription. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {
    @Id
    public String id;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] projects;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] kinds;
    public boolean historical;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] parties;
    @Column(name = "webhook_url")
    public String webhookUrl;
    /** Sealed by {@link org.baytrack.notification.webhook.SecretVault}, as is the previous one. */
    @Column(name = "webhook_secret")
    public String webhookSecret;
    public String email;
    /** Who is told when the subscription is disabled. */
    public String contact;
    @Column(name = "webhook_previous_secret")
    public String webhookPreviousSecret;
    @Column(name = "webhook_previous_secret_expires_at")
    public OffsetDateTime webhookPreviousSecretExpiresAt;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;
    /** The secret of the subscription's one-click unsubscribe link. */
    @Column(name = "unsubscribe_token", updatable = false)
    public String unsubscribeToken;
    @Column(name = "email_unsubscribed_at")
    public OffsetDateTime emailUnsubscribedAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Subscription findByUnsubscribeToken(String token) {
        return find("unsubscribeToken", token).firstResult();
    }

    /** What the subscription asks for, without its webhook secret. */
    public SubscriptionSpec spec() {
        return spec(null);
    }

    /** What the subscription asks for, with its webhook secret as {@code openedSecret}. */
    public SubscriptionSpec spec(String openedSecret) {
        return new SubscriptionSpec(List.of(projects), List.of(kinds), historical,
                webhookUrl == null ? null : new SubscriptionSpec.Webhook(webhookUrl, openedSecret), email, contact,
                parties == null ? List.of() : List.of(parties));
    }

    /** Takes {@code spec}, whose webhook secret is stored as {@code sealedSecret}. */
    public void apply(SubscriptionSpec spec, String sealedSecret) {
        projects = spec.projects().toArray(String[]::new);
        kinds = spec.kinds().toArray(String[]::new);
        parties = spec.parties().toArray(String[]::new);
        historical = spec.historical();
        webhookUrl = spec.webhook() == null ? null : spec.webhook().url();
        webhookSecret = spec.webhook() == null ? null : sealedSecret;
        email = spec.email();
        contact = spec.contact();
        if (email != null) {
            emailUnsubscribedAt = null;
        }
        updatedAt = OffsetDateTime.now();
    }
}
