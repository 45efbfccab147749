package com.clientele.base;

import java.util.Collection;
import java.util.List;

/**
 * Rows a module keeps about a provider's customer that go with the customer when two are merged
 * (SPEC 12): bookings, reviews, messages, timeline entries. Each module that keeps such rows offers
 * one implementation per kind; the merge asks every one of them, stores which rows it moved and, on
 * undo, hands exactly those back. A new kind of customer data joins merges by adding a bean.
 *
 * <p>Both methods run in the merge's transaction, with both relation rows locked, for the provider
 * the caller names (the signed-in member's business); they do not check roles themselves.
 */
public interface CustomerRows {

    /** A short, stable name of the kind, stored with each merge: {@code booking}, {@code message}. */
    String kind();

    /** Gives every row of {@code fromCustomerId} to {@code toCustomerId}; the ids of the rows moved. */
    List<Long> move(long providerId, long fromCustomerId, long toCustomerId);

    /** Gives these rows (moved by {@link #move} before) from {@code fromCustomerId} back to {@code toCustomerId}. */
    void moveBack(long providerId, Collection<Long> rowIds, long fromCustomerId, long toCustomerId);
}
