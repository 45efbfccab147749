package com.clientele.customer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The provider's customer figures of SPEC 3. {@code averageRating} is null without reviews;
 * ratings and rates carry one decimal.
 */
public record CustomerStats(long totalCustomers, long regularCustomers, long newCustomersThisMonth,
        @Nullable BigDecimal averageRating, BigDecimal retentionRate) {
}
