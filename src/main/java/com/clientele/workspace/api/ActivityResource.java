package com.clientele.workspace.api;

import com.clientele.activity.ActivityEntry;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

@Schema(name = "Activity", description = "One event between the provider and a customer")
record ActivityResource(
        @JsonProperty("id") long id,
        @JsonProperty("activity_type") @Schema(example = "booking_completed", allowableValues = {"booking_created",
                "booking_confirmed", "booking_completed", "booking_cancelled", "booking_no_show", "booking_staff_changed", "review_posted",
                "note_changed", "favorited", "unfavorited", "blocked", "unblocked", "message_sent",
                "customer_imported", "file_imported"}) String activityType,
        @JsonProperty("title") @Schema(example = "Booking completed") String title,
        @JsonProperty("description") String description,
        @JsonProperty("customer_id") @Schema(nullable = true) Long customerId,
        @JsonProperty("relation_id") @Schema(nullable = true, description = "The customer's relation id, for its URLs")
        Long relationId,
        @JsonProperty("customer_name") @Schema(nullable = true) String customerName,
        @JsonProperty("actor") @Schema(description = "Who did it: the acting member's"
                + " name (also for their API token), or system for the application's own work") String actor,
        @JsonProperty("timestamp") Instant timestamp) {

    static ActivityResource of(ActivityEntry entry) {
        return new ActivityResource(entry.id(), entry.type().name().toLowerCase(Locale.ROOT), entry.type().label(),
                entry.summary(), entry.customerId(), entry.relationId(), entry.customerName(), entry.actor(),
                entry.occurredAt());
    }
}
