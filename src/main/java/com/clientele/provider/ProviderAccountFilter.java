package com.clientele.provider;

import org.jspecify.annotations.Nullable;

/**
 * Which provider accounts to list.
 *
 * @param search part of the business name or e-mail, case-insensitive; null or blank for all
 * @param status only accounts in this status; null for all
 */
public record ProviderAccountFilter(@Nullable String search, @Nullable AccountStatus status) {

    public static final ProviderAccountFilter ALL = new ProviderAccountFilter(null, null);

    public static final int SEARCH_MAX = 254;

    String searchText() {
        return search == null || search.isBlank() ? null : search.strip();
    }
}
