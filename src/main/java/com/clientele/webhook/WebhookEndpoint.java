package com.clientele.webhook;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A webhook endpoint of the business, as screens and the API show it (never with its secret).
 *
 * @param secretHint the secret's first characters, so an owner can tell which one a receiver holds
 * @param disabledAt when it was last disabled, by an owner or for failing (null while enabled)
 * @param lastAttemptAt the latest delivery attempt to it; null before the first
 * @param lastAttemptOk whether that attempt succeeded
 */
public record WebhookEndpoint(long id, String url, @Nullable String description, Set<WebhookEventType> eventTypes,
        boolean enabled, String secretHint, Instant createdAt, @Nullable Instant disabledAt,
        @Nullable Instant lastAttemptAt, @Nullable Boolean lastAttemptOk) {
}
