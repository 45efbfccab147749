package com.clientele.booking;

/** A booking just created, with the customer and relation it was filed under. */
public record BookingRef(long bookingId, long customerId, long relationId, boolean newCustomer) {
}
