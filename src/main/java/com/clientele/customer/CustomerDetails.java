package com.clientele.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** One customer of a provider with everything the provider keeps and every SPEC 3 figure. */
public record CustomerDetails(
        long relationId,
        long customerId,
        String name,
        String email,
        String phone,
        CustomerStatus status,
        boolean favorite,
        boolean blocked,
        String blockedReason,
        Instant blockedAt,
        String notes,
        int totalBookings,
        int completedBookings,
        int cancelledCount,
        int noShowCount,
        BigDecimal totalSpent,
        BigDecimal averageRating,
        int ratingCount,
        Instant firstBookingAt,
        Instant lastBookingAt,
        Instant nextBookingAt,
        Instant createdAt,
        long version) {
}
