package com.clientele.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timeline: what happened, to whom, when and by whom. The activity module records
 * events by customer id; the customer's relation and current name are added by the customer
 * module, which holds them ({@link #withCustomer}), and are null when the customer is gone.
 */
public record ActivityEntry(long id, @Nullable Long customerId, @Nullable Long relationId,
        @Nullable String customerName, ActivityType type, String summary, String actor, Instant occurredAt) {

    public ActivityEntry withCustomer(@Nullable Long relation, @Nullable String name) {
        return new ActivityEntry(id, customerId, relation, name, type, summary, actor, occurredAt);
    }
}
