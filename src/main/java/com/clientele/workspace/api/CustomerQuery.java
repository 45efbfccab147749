package com.clientele.workspace.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.CustomerStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list's and the export's {@code search}, {@code status}, {@code staff},
 * {@code reliability_below} and {@code ordering} parameters, checked together so that a client hears about every bad parameter at once. Whether
 * the caller may filter by that staff member is the service's to say.
 */
record CustomerQuery(CustomerFilter filter, CustomerOrder order, Map<String, String> echo) {

    static final String STATUSES = Arrays.stream(CustomerStatus.values()).map(CustomerStatus::code)
            .collect(Collectors.joining(", "));
    static final String ORDERINGS = Arrays.stream(CustomerSort.values()).map(CustomerSort::code)
            .collect(Collectors.joining(", "));

    static CustomerQuery parse(String search, String status, String staff, String ordering,
            Map<String, Text> errors) {
        return parse(search, status, staff, null, ordering, errors);
    }

    static CustomerQuery parse(String search, String status, String staff, String reliabilityBelow, String ordering,
            Map<String, Text> errors) {
        Integer below = null;
        if (reliabilityBelow != null && !reliabilityBelow.isBlank()) {
            try {
                below = Integer.parseInt(reliabilityBelow.strip());
            } catch (NumberFormatException e) {
                errors.put("reliability_below", Text.of("api.value.whole-number"));
            }
        }
        Long staffMember = null;
        if (staff != null && !staff.isBlank()) {
            try {
                staffMember = Long.parseLong(staff.strip());
            } catch (NumberFormatException e) {
                errors.put("staff", Text.of("api.value.whole-number"));
            }
        }
        CustomerStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = CustomerStatus.fromCode(status.strip()).orElse(null);
            if (wanted == null) {
                errors.put("status", Text.of("api.status.unknown", status, STATUSES));
            }
        }
        CustomerOrder order = CustomerOrder.parse(ordering == null ? null : ordering.strip()).orElse(null);
        if (order == null) {
            errors.put("ordering", Text.of("api.ordering.unknown", String.valueOf(ordering), ORDERINGS));
        }
        CustomerFilter filter = null;
        try {
            filter = new CustomerFilter(search, wanted, staffMember, below);
        } catch (InvalidInputException e) {
            errors.putAll(e.errors());
        }
        Map<String, String> echo = new LinkedHashMap<>();
        if (filter != null && filter.search() != null) {
            echo.put("search", filter.search());
        }
        if (wanted != null) {
            echo.put("status", wanted.code());
        }
        if (staffMember != null) {
            echo.put("staff", String.valueOf(staffMember));
        }
        if (below != null && filter != null) {
            echo.put("reliability_below", String.valueOf(below));
        }
        if (ordering != null && !ordering.isBlank() && order != null) {
            echo.put("ordering", order.code());
        }
        return new CustomerQuery(filter, order, echo);
    }

    static void check(Map<String, Text> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
