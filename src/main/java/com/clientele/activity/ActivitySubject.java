package com.clientele.activity;

import org.jspecify.annotations.Nullable;

/**
 * What an activity event is about, for those who follow the changes outside the timeline (webhooks):
 * the customer's relation with the provider, and the booking when there is one.
 *
 * @param customerId the customer
 * @param relationId the provider-customer relation (the id the REST API shows for the customer)
 * @param bookingId the booking the event is about; null for a change of the relation itself
 */
public record ActivitySubject(long customerId, long relationId, @Nullable Long bookingId) {

    public static ActivitySubject customer(long customerId, long relationId) {
        return new ActivitySubject(customerId, relationId, null);
    }

    public static ActivitySubject booking(long customerId, long relationId, long bookingId) {
        return new ActivitySubject(customerId, relationId, bookingId);
    }
}
