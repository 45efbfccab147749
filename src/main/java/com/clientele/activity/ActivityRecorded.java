package com.clientele.activity;

import java.time.Instant;

/**
 * Published in the writer's transaction for an activity event recorded with its
 * {@link ActivitySubject} (bookings, reviews, blocks, notes, favourites): what changed, for whom and
 * when. The webhooks follow it through the event publication registry (docs/events.md).
 */
public record ActivityRecorded(long providerId, ActivityType type, ActivitySubject subject, Instant occurredAt) {
}
