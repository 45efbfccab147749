package com.clientele.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of the customer list. */
public record CustomerRow(
        long relationId,
        long customerId,
        String name,
        String email,
        String phone,
        CustomerStatus status,
        boolean favorite,
        boolean blocked,
        String blockedReason,
        int totalBookings,
        BigDecimal totalSpent,
        BigDecimal averageRating,
        Instant lastBookingAt,
        Instant nextBookingAt) {
}
