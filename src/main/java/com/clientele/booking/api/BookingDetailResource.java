package com.clientele.booking.api;

import com.clientele.booking.BookingRow;
import com.clientele.booking.StaffMember;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Schema(name = "BookingDetail", description = "A booking with its customer and the member of the team who serves it")
record BookingDetailResource(
        @JsonProperty("id") long id,
        @JsonProperty("relation_id") @Schema(description = "The customer's id in the customers list") long relationId,
        @JsonProperty("customer_name") String customerName,
        @JsonProperty("customer_email") @Schema(nullable = true) @Nullable String customerEmail,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("start_time") Instant startTime,
        @JsonProperty("duration_minutes") int durationMinutes,
        @JsonProperty("price") @Schema(description = "A decimal string", example = "48.00") String price,
        @JsonProperty("status") @Schema(allowableValues = {"pending", "confirmed", "completed", "cancelled", "no_show"})
        String status,
        @JsonProperty("rating") @Schema(nullable = true, minimum = "1", maximum = "5") @Nullable Integer rating,
        @JsonProperty("staff_member") @Schema(nullable = true, description = "The member of the team who serves the"
                + " booking; null for nobody in particular") @Nullable StaffMemberResource staffMember) {

    static BookingDetailResource of(BookingRow row) {
        return new BookingDetailResource(row.id(), row.relationId(), row.customerName(), row.customerEmail(),
                row.serviceName(), row.startsAt(), row.durationMinutes(), row.price().toPlainString(),
                BookingRequest.code(row.status()), row.rating(), StaffMemberResource.of(row.staffMember()));
    }

    @Schema(name = "StaffMember", description = "A member of the business's team; a removed member keeps their name")
    record StaffMemberResource(@JsonProperty("id") long id, @JsonProperty("name") String name) {

        static @Nullable StaffMemberResource of(@Nullable StaffMember member) {
            return member == null ? null : new StaffMemberResource(member.id(), member.name());
        }
    }
}
