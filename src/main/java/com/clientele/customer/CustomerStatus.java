package com.clientele.customer;

import java.util.Locale;
import java.util.Optional;

/**
 * A customer's standing with a provider, derived by the database (SPEC 3, first match wins):
 * blocked, favourite, 5+ bookings, 2+ bookings, otherwise new.
 */
public enum CustomerStatus {
    NEW("New"),
    RETURNING("Returning"),
    REGULAR("Regular"),
    FAVORITE("Favourite"),
    BLOCKED("Blocked");

    private final String label;

    CustomerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case word used in URLs and the API ("new", "favorite", ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CustomerStatus> fromCode(String code) {
        for (CustomerStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
