package com.clientele.provider.api;

import com.clientele.base.Text;
import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccountFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The provider list's {@code search}, {@code status} and {@code ordering} parameters, checked
 * together so that a client hears about every bad parameter at once.
 *
 * @param echo the parameters as the paging links repeat them
 */
record ProviderQuery(ProviderAccountFilter filter, Sort sort, Map<String, String> echo) {

    static final String STATUSES = Arrays.stream(AccountStatus.values()).map(ProviderResource::code)
            .collect(Collectors.joining(", "));

    /** The API's ordering fields and the service's sort keys behind them. */
    enum Ordering {
        BUSINESS_NAME("business_name", "businessName"),
        EMAIL("email", "email"),
        CUSTOMER_COUNT("customer_count", "customers"),
        BOOKING_COUNT("booking_count", "bookings"),
        LAST_LOGIN_AT("last_login_at", "lastLoginAt"),
        CREATED_AT("created_at", "createdAt");

        static final String CODES = Arrays.stream(values()).map(ordering -> ordering.code)
                .collect(Collectors.joining(", "));

        final String code;
        final String sortKey;

        Ordering(String code, String sortKey) {
            this.code = code;
            this.sortKey = sortKey;
        }

        static Optional<Ordering> fromCode(String code) {
            return Arrays.stream(values()).filter(ordering -> ordering.code.equals(code)).findFirst();
        }
    }

    /** Records bad values in {@code errors}; the result is only meaningful when there are none. */
    static ProviderQuery parse(String search, String status, String ordering, Map<String, Text> errors) {
        Map<String, String> echo = new LinkedHashMap<>();
        String text = search == null || search.isBlank() ? null : search.strip();
        if (text != null) {
            echo.put("search", text);
        }
        AccountStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(AccountStatus.values())
                    .filter(value -> ProviderResource.code(value).equals(status.strip())).findFirst().orElse(null);
            if (wanted == null) {
                errors.put("status", Text.of("api.status.unknown", status, STATUSES));
            } else {
                echo.put("status", ProviderResource.code(wanted));
            }
        }
        Sort sort = Sort.unsorted();
        if (ordering != null && !ordering.isBlank()) {
            String code = ordering.strip();
            boolean descending = code.startsWith("-");
            Optional<Ordering> field = Ordering.fromCode(descending ? code.substring(1) : code);
            if (field.isEmpty()) {
                errors.put("ordering", Text.of("api.ordering.unknown", ordering, Ordering.CODES));
            } else {
                sort = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, field.get().sortKey);
                echo.put("ordering", code);
            }
        }
        return new ProviderQuery(new ProviderAccountFilter(text, wanted), sort, echo);
    }
}
