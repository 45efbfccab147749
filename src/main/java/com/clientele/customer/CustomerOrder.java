package com.clientele.customer;

import java.util.Optional;

/** A sort column and direction; ties are always broken by relation id in the same direction. */
public record CustomerOrder(CustomerSort sort, boolean descending) {

    /** Newest last booking first, as SPEC 4 asks. */
    public static final CustomerOrder DEFAULT = new CustomerOrder(CustomerSort.LAST_BOOKING, true);

    /** The API's form: {@code "name"} or {@code "-total_spent"}. */
    public static Optional<CustomerOrder> parse(String ordering) {
        if (ordering == null || ordering.isBlank()) {
            return Optional.of(DEFAULT);
        }
        boolean descending = ordering.startsWith("-");
        return CustomerSort.fromCode(descending ? ordering.substring(1) : ordering)
                .map(sort -> new CustomerOrder(sort, descending));
    }

    public String code() {
        return (descending ? "-" : "") + sort.code();
    }

    String sql() {
        String direction = descending ? " DESC" : " ASC";
        return sort.column() + direction + ", pc.id" + direction;
    }
}
