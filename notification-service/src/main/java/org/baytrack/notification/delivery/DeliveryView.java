package org.baytrack.notification.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * One line of a subscription's delivery log. {@code entry} is {@code delivery} (status pending, delivered or dead)
 * or {@code subscription.disabled} (status disabled, {@code lastError} says why).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(long id, String subscriptionId, String eventId, String projectId, String change,
                           String channel, String status, int attempts, String lastError,
                           OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt,
                           OffsetDateTime deliveredAt, OffsetDateTime deadAt, String entry) {
}
