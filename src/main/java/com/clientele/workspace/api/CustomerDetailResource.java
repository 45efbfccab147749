package com.clientele.workspace.api;

import com.clientele.activity.ActivityEntry;
import com.clientele.customer.CustomerDetails;
import com.clientele.messaging.MessageSummary;
import com.clientele.provider.ProviderProfile;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One customer with everything the details dialog shows, except the paged booking history. */
@Schema(name = "CustomerDetails", description = "A customer with the relation's version, messages and timeline."
        + " The version is also sent as the ETag header; send it back as If-Match to update safely.")
record CustomerDetailResource(
        @JsonProperty("id") long id,
        @JsonProperty("customer") CustomerResource.ContactResource customer,
        @JsonProperty("customer_status")
        @Schema(allowableValues = {"new", "returning", "regular", "favorite", "blocked"})
        String customerStatus,
        @JsonProperty("is_favorite_customer") boolean favorite,
        @JsonProperty("is_blocked") boolean blocked,
        @JsonProperty("blocked_reason") @Schema(nullable = true) String blockedReason,
        @JsonProperty("blocked_at") @Schema(nullable = true) Instant blockedAt,
        @JsonProperty("blocked_until") @Schema(nullable = true, description = "When the block ends by itself")
        Instant blockedUntil,
        @JsonProperty("notes") @Schema(nullable = true) String notes,
        @JsonProperty("total_bookings") int totalBookings,
        @JsonProperty("completed_bookings") int completedBookings,
        @JsonProperty("cancelled_count") int cancelledCount,
        @JsonProperty("no_show_count") int noShowCount,
        @JsonProperty("reliability") @Schema(nullable = true, description = CustomerResource.RELIABILITY)
        Integer reliability,
        @JsonProperty("late_cancellation_count") @Schema(description = CustomerResource.LATE) int lateCancellationCount,
        @JsonProperty("reliability_no_shows") @Schema(description = "No-shows of bookings starting in the last 365 days")
        int reliabilityNoShows,
        @JsonProperty("is_flagged") boolean flagged,
        @JsonProperty("flagged_reason") @Schema(nullable = true) String flaggedReason,
        @JsonProperty("flagged_at") @Schema(nullable = true) Instant flaggedAt,
        @JsonProperty("rules_exemption") @Schema(nullable = true) String rulesExemption,
        @JsonProperty("total_spent") @Schema(example = "240.00") String totalSpent,
        @JsonProperty("currency") @Schema(description = "ISO 4217 code of the provider's currency", example = "GBP")
        String currency,
        @JsonProperty("average_rating") @Schema(nullable = true) BigDecimal averageRating,
        @JsonProperty("rating_count") int ratingCount,
        @JsonProperty("first_booking_date") @Schema(nullable = true) Instant firstBookingDate,
        @JsonProperty("last_booking_date") @Schema(nullable = true, description = "The last visit: the latest start"
                + " of a booking not cancelled that is not in the future") Instant lastBookingDate,
        @JsonProperty("next_booking_date") @Schema(nullable = true, description = "The earliest start of a booking"
                + " not cancelled in the future") Instant nextBookingDate,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("version") @Schema(description = "Changes with every change to the relation") long version,
        @JsonProperty("messages") @Schema(description = "The latest 50 messages, newest first")
        List<MessageResource> messages,
        @JsonProperty("activity") @Schema(description = "The relationship timeline, latest 50 events, newest first")
        List<ActivityResource> activity) {

    static CustomerDetailResource of(CustomerDetails customer, ProviderProfile profile, List<MessageSummary> messages,
            List<ActivityEntry> activity) {
        return new CustomerDetailResource(customer.relationId(), CustomerResource.ContactResource.of(customer),
                customer.status().code(), customer.favorite(), customer.blocked(), customer.blockedReason(),
                customer.blockedAt(), customer.blockedUntil(), customer.notes(), customer.totalBookings(),
                customer.completedBookings(), customer.cancelledCount(), customer.noShowCount(),
                customer.reliability().percent(), (int) customer.reliability().lateCancellations(),
                (int) customer.reliability().noShows(), customer.rules().flagged(), customer.rules().flaggedReason(),
                customer.rules().flaggedAt(), customer.rules().exemption(), customer.totalSpent().toPlainString(),
                profile.currency().getCurrencyCode(), customer.averageRating(), customer.ratingCount(),
                customer.firstBookingAt(), customer.lastBookingAt(), customer.nextBookingAt(), customer.createdAt(), customer.version(),
                messages.stream().map(MessageResource::of).toList(),
                activity.stream().map(ActivityResource::of).toList());
    }
}
