package com.clientele.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event for one endpoint, as the delivery log shows it.
 *
 * @param lastStatusCode the receiver's HTTP status at the latest attempt; null when it did not answer
 * @param lastError why the latest attempt got no answer ({@link AttemptError}); null when it answered
 * @param nextAttemptAt when it is tried again; null when delivered, failed or its endpoint is disabled
 */
public record WebhookDelivery(long id, String eventId, WebhookEventType eventType, DeliveryStatus status,
        int attempts, @Nullable Integer lastStatusCode, @Nullable AttemptError lastError,
        @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt, Instant createdAt) {
}
