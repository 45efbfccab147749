package com.clientele.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of the bookings list. {@code rating} is the review's, null while there is none;
 * {@code staffMember} who serves it, null for nobody in particular.
 */
public record BookingRow(long id, long customerId, long relationId, String customerName, @Nullable String customerEmail,
        String serviceName, Instant startsAt, int durationMinutes, BigDecimal price, BookingStatus status,
        @Nullable Integer rating, @Nullable StaffMember staffMember) {

    /** The statuses this booking may still move to. */
    public Set<BookingStatus> nextStatuses() {
        return status.next();
    }

    public boolean canBeReviewed() {
        return status == BookingStatus.COMPLETED && rating == null;
    }
}
