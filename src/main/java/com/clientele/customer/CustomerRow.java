package com.clientele.customer;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the customer list. */
public record CustomerRow(
        long relationId,
        long customerId,
        String name,
        @Nullable String email,
        @Nullable String phone,
        CustomerStatus status,
        boolean favorite,
        boolean blocked,
        @Nullable String blockedReason,
        int totalBookings,
        BigDecimal totalSpent,
        @Nullable BigDecimal averageRating,
        @Nullable Instant lastBookingAt,
        @Nullable Instant nextBookingAt,
        Reliability reliability,
        @Nullable String flaggedReason) {
}
