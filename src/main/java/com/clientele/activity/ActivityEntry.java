package com.clientele.activity;

import java.time.Instant;

/** One line of a timeline: what happened, to whom, when and by whom. */
public record ActivityEntry(long id, Long customerId, Long relationId, String customerName, ActivityType type,
        String summary, String actor, Instant occurredAt) {
}
