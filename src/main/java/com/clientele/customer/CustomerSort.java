package com.clientele.customer;

import com.clientele.base.Sql;
import java.util.Locale;
import java.util.Optional;

/**
 * The orders of the customer list; each is backed by two indexes on (provider, column, id), one
 * ascending and one descending, so either direction is a forward scan.
 */
public enum CustomerSort {
    NAME("name", "pc.name", "ix_pc_name", false),
    TOTAL_BOOKINGS("total_bookings", "pc.total_bookings", "ix_pc_bookings", false),
    TOTAL_SPENT("total_spent", "pc.total_spent", "ix_pc_spent", false),
    AVERAGE_RATING("average_rating", "pc.average_rating", "ix_pc_rating", true),
    /** The last visit: the latest booking not cancelled that is not in the future. */
    LAST_BOOKING("last_booking_date", "pc.last_booking_at", "ix_pc_last_booking", true),
    /** The earliest booking not cancelled in the future. */
    NEXT_BOOKING("next_booking_date", "pc.next_booking_at", "ix_pc_next_booking", true),
    /** SPEC 11's percentage; customers without enough history have none. */
    RELIABILITY("reliability", "pc.reliability", "ix_pc_reliability", true);

    private final String code;
    private final String column;
    private final String index;
    private final boolean nullable;

    CustomerSort(String code, String column, String index, boolean nullable) {
        this.code = code;
        this.column = column;
        this.index = index;
        this.nullable = nullable;
    }

    /** The name used in URLs and the API ({@code ordering=-total_spent}). */
    public String code() {
        return code;
    }

    String column() {
        return column;
    }

    /** The index to scan forwards for this order. */
    String index(boolean descending) {
        return descending ? index + "_desc" : index;
    }

    boolean nullable() {
        return nullable;
    }

    /** A row's value of this column, as a query parameter. */
    Object value(CustomerRow row) {
        return switch (this) {
            case NAME -> row.name();
            case TOTAL_BOOKINGS -> row.totalBookings();
            case TOTAL_SPENT -> row.totalSpent();
            case AVERAGE_RATING -> row.averageRating();
            case LAST_BOOKING -> Sql.param(row.lastBookingAt());
            case NEXT_BOOKING -> Sql.param(row.nextBookingAt());
            case RELIABILITY -> row.reliability().percent();
        };
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
