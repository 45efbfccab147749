package com.clientele.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SPEC 3 figures a provider-customer relation stores, as the booking module computes them from
 * the customer's bookings and reviews. {@link CustomerDirectory#storeFigures} writes them; the
 * integrity check compares them with what the relation holds.
 */
public record CustomerFigures(long customerId, long totalBookings, long completedBookings, long cancelledCount,
        long noShowCount, BigDecimal totalSpent, @Nullable Instant firstBookingAt, @Nullable Instant lastBookingAt,
        @Nullable Instant nextBookingAt, long ratingSum, long ratingCount, long attendedRecent, long noShowRecent,
        long lateCancellationCount, @Nullable Instant reliabilityWindowEndsAt) {

    /** The relation's columns that hold these figures, in the order of {@link #byColumn()}. */
    public static final List<String> COLUMNS = List.copyOf(none(0).byColumn().keySet());

    /**
     * The figures that change by themselves as time passes: the last visit and the next booking, and
     * the reliability's counts as bookings leave its window (SPEC 11).
     */
    public static final List<String> TIME_DEPENDENT = List.of("last_booking_at", "next_booking_at", "attended_recent",
            "no_show_recent", "late_cancellation_count", "reliability_window_ends_at");

    /** Each figure by the relation's column that stores it; null for no date. */
    public Map<String, @Nullable Object> byColumn() {
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        columns.put("total_bookings", totalBookings);
        columns.put("completed_bookings", completedBookings);
        columns.put("cancelled_count", cancelledCount);
        columns.put("no_show_count", noShowCount);
        columns.put("total_spent", totalSpent);
        columns.put("first_booking_at", firstBookingAt);
        columns.put("last_booking_at", lastBookingAt);
        columns.put("next_booking_at", nextBookingAt);
        columns.put("rating_sum", ratingSum);
        columns.put("rating_count", ratingCount);
        columns.put("attended_recent", attendedRecent);
        columns.put("no_show_recent", noShowRecent);
        columns.put("late_cancellation_count", lateCancellationCount);
        columns.put("reliability_window_ends_at", reliabilityWindowEndsAt);
        return Collections.unmodifiableMap(columns);
    }

    /** The reliability these counts give (SPEC 11). */
    public Reliability reliability() {
        return Reliability.of(attendedRecent, noShowRecent, lateCancellationCount);
    }

    /** The figures of a customer without bookings or reviews. */
    public static CustomerFigures none(long customerId) {
        return new CustomerFigures(customerId, 0, 0, 0, 0, BigDecimal.ZERO, null, null, null, 0, 0, 0, 0, 0, null);
    }
}
