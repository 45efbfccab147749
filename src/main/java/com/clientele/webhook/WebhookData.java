package com.clientele.webhook;

import java.util.Optional;

/**
 * Where an event's {@code data} comes from: the REST API's own resource for the customer or the
 * booking, so a webhook carries exactly what the API answers for it. The API adapters implement
 * these (workspace's customers, booking's bookings); they are called as an owner of the business.
 */
public final class WebhookData {

    private WebhookData() {
    }

    /** A customer as the customers list and its PATCH answer it. */
    public interface Customers {
        /** @return the resource, empty when the relation no longer exists */
        Optional<Object> customer(long relationId);
    }

    /** A booking as the bookings endpoints answer it (with its rating once reviewed). */
    public interface Bookings {
        /** @return the resource, empty when the booking no longer exists */
        Optional<Object> booking(long bookingId);
    }
}
