package com.clientele.customer;

import java.util.Locale;
import java.util.Optional;

/** The orders of the customer list; each is backed by an index on (provider, column, id). */
public enum CustomerSort {
    NAME("name", "pc.name"),
    TOTAL_BOOKINGS("total_bookings", "pc.total_bookings"),
    TOTAL_SPENT("total_spent", "pc.total_spent"),
    AVERAGE_RATING("average_rating", "pc.average_rating"),
    LAST_BOOKING("last_booking_date", "pc.last_booking_at");

    private final String code;
    private final String column;

    CustomerSort(String code, String column) {
        this.code = code;
        this.column = column;
    }

    /** The name used in URLs and the API ({@code ordering=-total_spent}). */
    public String code() {
        return code;
    }

    String column() {
        return column;
    }

    public static Optional<CustomerSort> fromCode(String code) {
        String wanted = code == null ? "" : code.toLowerCase(Locale.ROOT);
        for (CustomerSort sort : values()) {
            if (sort.code.equals(wanted)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
