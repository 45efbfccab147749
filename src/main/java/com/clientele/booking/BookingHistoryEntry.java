package com.clientele.booking;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One booking in a customer's history, with its review if there is one and who served it. */
public record BookingHistoryEntry(long bookingId, String serviceName, Instant startsAt, int durationMinutes,
        BigDecimal price, BookingStatus status, @Nullable Integer rating, @Nullable String reviewComment,
        @Nullable Instant reviewedAt, @Nullable StaffMember staffMember) {

    /** A booking that names nobody as serving it. */
    public BookingHistoryEntry(long bookingId, String serviceName, Instant startsAt, int durationMinutes,
            BigDecimal price, BookingStatus status, @Nullable Integer rating, @Nullable String reviewComment,
            @Nullable Instant reviewedAt) {
        this(bookingId, serviceName, startsAt, durationMinutes, price, status, rating, reviewComment, reviewedAt,
                null);
    }
}
