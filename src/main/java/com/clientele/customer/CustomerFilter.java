package com.clientele.customer;

import com.clientele.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which of a provider's customers to show: a search over name, e-mail and phone, a status, the own
 * customers of one member of the team (those with a booking assigned to them, SPEC §10), and those
 * whose reliability is below a percentage (SPEC §11; customers without enough history are not
 * below anything). All optional.
 */
public record CustomerFilter(@Nullable String search, @Nullable CustomerStatus status, @Nullable Long staffMemberId,
        @Nullable Integer reliabilityBelow) {

    public static final int SEARCH_MAX = 100;
    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null);

    public CustomerFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            throw new InvalidInputException("search", "customer.error.search.too-long", SEARCH_MAX);
        }
        if (reliabilityBelow != null && (reliabilityBelow < 1 || reliabilityBelow > 100)) {
            throw new InvalidInputException("reliability_below", "customer.error.reliability-below.range", 1, 100);
        }
    }

    public CustomerFilter(@Nullable String search, @Nullable CustomerStatus status, @Nullable Long staffMemberId) {
        this(search, status, staffMemberId, null);
    }

    public CustomerFilter(@Nullable String search, @Nullable CustomerStatus status) {
        this(search, status, null, null);
    }

    /** The same filter limited to the customers the member served. */
    public CustomerFilter withStaffMember(@Nullable Long memberId) {
        return new CustomerFilter(search, status, memberId, reliabilityBelow);
    }

    /** The same filter limited to customers whose reliability is below this percentage; null for any. */
    public CustomerFilter withReliabilityBelow(@Nullable Integer percent) {
        return new CustomerFilter(search, status, staffMemberId, percent);
    }
}
