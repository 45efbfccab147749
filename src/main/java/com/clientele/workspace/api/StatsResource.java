package com.clientele.workspace.api;

import com.clientele.customer.CustomerStats;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Schema(name = "CustomerStats", description = "The provider's customer figures")
record StatsResource(
        @JsonProperty("total_customers") @Schema(description = "All customers, blocked included") long totalCustomers,
        @JsonProperty("regular_customers") @Schema(description = "Customers with 5 or more bookings")
        long regularCustomers,
        @JsonProperty("new_customers_this_month") @Schema(description = "First booking in this calendar month,"
                + " in the provider's time zone") long newCustomersThisMonth,
        @JsonProperty("average_rating") @Schema(nullable = true, description = "Mean of all review ratings, one"
                + " decimal; null without reviews", example = "4.6") BigDecimal averageRating,
        @JsonProperty("retention_rate") @Schema(description = "Percent of customers with 2+ bookings among those"
                + " with 1+, one decimal", example = "62.5") BigDecimal retentionRate) {

    static StatsResource of(CustomerStats stats) {
        return new StatsResource(stats.totalCustomers(), stats.regularCustomers(), stats.newCustomersThisMonth(),
                stats.averageRating(), stats.retentionRate());
    }
}
