package com.clientele.customer;

import org.jspecify.annotations.Nullable;

/**
 * A provider-customer relation whose row the current transaction holds locked, so that concurrent
 * writes for the same customer run one after the other.
 */
public record LockedRelation(long relationId, long customerId, String name, boolean blocked, @Nullable String blockedReason,
        boolean created) {

    LockedRelation asCreated() {
        return new LockedRelation(relationId, customerId, name, blocked, blockedReason, true);
    }

    /** @throws CustomerBlockedException when the provider blocked this customer */
    public void ensureBookable() {
        if (blocked) {
            throw new CustomerBlockedException(name, blockedReason);
        }
    }
}
