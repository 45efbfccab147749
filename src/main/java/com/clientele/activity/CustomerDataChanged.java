package com.clientele.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published whenever a provider's bookings, reviews or customer relations changed. Listeners that
 * refresh screens should react after the transaction commits.
 *
 * @param changedAt when the change was published, inside its transaction just before the commit, by
 *        the wall clock (never the clock that writing history sets back): where the live-update lag
 *        is measured from; null in publications stored before it was recorded
 */
public record CustomerDataChanged(long providerId, @Nullable Instant changedAt) {

    public static CustomerDataChanged now(long providerId) {
        return new CustomerDataChanged(providerId, Instant.now());
    }
}
