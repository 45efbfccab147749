package com.clientele.customer;

import com.clientele.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which of a provider's customers to show: a search over name, e-mail and phone, a status, and the
 * own customers of one member of the team (those with a booking assigned to them, SPEC §10). All
 * optional.
 */
public record CustomerFilter(@Nullable String search, @Nullable CustomerStatus status, @Nullable Long staffMemberId) {

    public static final int SEARCH_MAX = 100;
    public static final CustomerFilter ALL = new CustomerFilter(null, null, null);

    public CustomerFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            throw new InvalidInputException("search", "customer.error.search.too-long", SEARCH_MAX);
        }
    }

    public CustomerFilter(@Nullable String search, @Nullable CustomerStatus status) {
        this(search, status, null);
    }

    /** The same filter limited to the customers the member served. */
    public CustomerFilter withStaffMember(@Nullable Long memberId) {
        return new CustomerFilter(search, status, memberId);
    }
}
