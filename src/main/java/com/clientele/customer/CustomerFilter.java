package com.clientele.customer;

import com.clientele.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which of a provider's customers to show: a search over name, e-mail and phone, and a status.
 * Both optional.
 */
public record CustomerFilter(@Nullable String search, @Nullable CustomerStatus status) {

    public static final int SEARCH_MAX = 100;
    public static final CustomerFilter ALL = new CustomerFilter(null, null);

    public CustomerFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            throw new InvalidInputException("search", "customer.error.search.too-long", SEARCH_MAX);
        }
    }
}
