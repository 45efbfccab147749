package com.clientele.customer;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One customer of a provider with everything the provider keeps, every SPEC 3 figure and the reliability. */
public record CustomerDetails(
        long relationId,
        long customerId,
        String name,
        @Nullable String email,
        @Nullable String phone,
        CustomerStatus status,
        boolean favorite,
        boolean blocked,
        @Nullable String blockedReason,
        @Nullable Instant blockedAt,
        @Nullable Instant blockedUntil,
        @Nullable String notes,
        int totalBookings,
        int completedBookings,
        int cancelledCount,
        int noShowCount,
        Reliability reliability,
        BigDecimal totalSpent,
        @Nullable BigDecimal averageRating,
        int ratingCount,
        @Nullable Instant firstBookingAt,
        @Nullable Instant lastBookingAt,
        @Nullable Instant nextBookingAt,
        Instant createdAt,
        long version,
        RuleStanding rules) {

    /** The same customer without the private notes, for a role that may not read them. */
    public CustomerDetails withoutNotes() {
        return new CustomerDetails(relationId, customerId, name, email, phone, status, favorite, blocked, blockedReason,
                blockedAt, blockedUntil, null, totalBookings, completedBookings, cancelledCount, noShowCount, reliability,
                totalSpent, averageRating,
                ratingCount, firstBookingAt, lastBookingAt, nextBookingAt, createdAt, version, rules);
    }
}
