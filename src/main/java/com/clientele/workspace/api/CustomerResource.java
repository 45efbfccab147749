package com.clientele.workspace.api;

import com.clientele.customer.CustomerDetails;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer of the provider in the seed's shape: the relation with its figures (SPEC 3 and 8). */
@Schema(name = "Customer", description = "A customer of the provider: the provider-customer relation with its figures")
record CustomerResource(
        @JsonProperty("id") @Schema(description = "The relation id; use it in the customer's URLs") long id,
        @JsonProperty("customer") ContactResource customer,
        @JsonProperty("customer_status")
        @Schema(allowableValues = {"new", "returning", "regular", "favorite", "blocked"})
        String customerStatus,
        @JsonProperty("is_favorite_customer") boolean favorite,
        @JsonProperty("is_blocked") boolean blocked,
        @JsonProperty("blocked_reason") @Schema(nullable = true) String blockedReason,
        @JsonProperty("blocked_until") @Schema(nullable = true, description = "When the block ends by itself;"
                + " null for a block until lifted, or no block; ISO-8601, UTC") Instant blockedUntil,
        @JsonProperty("notes") @Schema(nullable = true, description = "Private notes, at most 10,000 characters")
        String notes,
        @JsonProperty("total_bookings") @Schema(description = "Bookings that are not cancelled") int totalBookings,
        @JsonProperty("completed_bookings") int completedBookings,
        @JsonProperty("cancelled_count") int cancelledCount,
        @JsonProperty("no_show_count") int noShowCount,
        @JsonProperty("total_spent") @Schema(description = "Sum of completed bookings' prices, a decimal string",
                example = "240.00") String totalSpent,
        @JsonProperty("average_rating") @Schema(nullable = true, description = "Mean rating, null without reviews",
                example = "4.50") BigDecimal averageRating,
        @JsonProperty("first_booking_date") @Schema(nullable = true, description = "ISO-8601, UTC")
        Instant firstBookingDate,
        @JsonProperty("last_booking_date") @Schema(nullable = true, description = "The last visit: the latest start"
                + " of a booking not cancelled that is not in the future; ISO-8601, UTC")
        Instant lastBookingDate,
        @JsonProperty("next_booking_date") @Schema(nullable = true, description = "The next booking: the earliest"
                + " start of a booking not cancelled in the future; ISO-8601, UTC")
        Instant nextBookingDate,
        @JsonProperty("reliability") @Schema(nullable = true, minimum = "0", maximum = "100", description = RELIABILITY)
        Integer reliability,
        @JsonProperty("late_cancellation_count") @Schema(description = LATE) int lateCancellationCount,
        @JsonProperty("is_flagged") @Schema(description = "A no-show rule flagged the customer") boolean flagged,
        @JsonProperty("flagged_reason") @Schema(nullable = true, description = "The rule that flagged them")
        String flaggedReason,
        @JsonProperty("rules_exemption") @Schema(nullable = true, description = "Why the customer is exempt from"
                + " the no-show rules; null when the rules apply") String rulesExemption) {

    static final String RELIABILITY = "Percent of the bookings of the last 365 days that were attended, among those"
            + " attended, no-shows and late cancellations, rounded down; null with fewer than 3 such bookings";
    static final String LATE = "Cancellations made less than the provider's cut-off before the start, of bookings"
            + " starting in the last 365 days";

    static CustomerResource of(CustomerDetails customer) {
        return new CustomerResource(customer.relationId(), ContactResource.of(customer), customer.status().code(),
                customer.favorite(), customer.blocked(), customer.blockedReason(), customer.blockedUntil(),
                customer.notes(), customer.totalBookings(), customer.completedBookings(), customer.cancelledCount(),
                customer.noShowCount(), customer.totalSpent().toPlainString(), customer.averageRating(),
                customer.firstBookingAt(), customer.lastBookingAt(), customer.nextBookingAt(),
                customer.reliability().percent(), (int) customer.reliability().lateCancellations(),
                customer.rules().flagged(), customer.rules().flaggedReason(), customer.rules().exemption());
    }

    @Schema(name = "CustomerContact")
    record ContactResource(
            @JsonProperty("id") @Schema(description = "The customer id") long id,
            @JsonProperty("name") String name,
            @JsonProperty("email") @Schema(nullable = true) String email,
            @JsonProperty("phone") @Schema(nullable = true, description = "E.164 where it could be read")
            String phone) {

        static ContactResource of(CustomerDetails customer) {
            return new ContactResource(customer.customerId(), customer.name(), customer.email(), customer.phone());
        }
    }
}
