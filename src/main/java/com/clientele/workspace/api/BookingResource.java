package com.clientele.workspace.api;

import com.clientele.booking.BookingHistoryEntry;
import com.clientele.booking.StaffMember;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

@Schema(name = "Booking", description = "One booking in a customer's history, with its review if there is one")
record BookingResource(
        @JsonProperty("id") long id,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("start_time") Instant startTime,
        @JsonProperty("duration_minutes") int durationMinutes,
        @JsonProperty("price") @Schema(description = "A decimal string", example = "48.00") String price,
        @JsonProperty("status") @Schema(allowableValues = {"pending", "confirmed", "completed", "cancelled", "no_show"})
        String status,
        @JsonProperty("rating") @Schema(nullable = true, minimum = "1", maximum = "5") Integer rating,
        @JsonProperty("review_comment") @Schema(nullable = true) String reviewComment,
        @JsonProperty("reviewed_at") @Schema(nullable = true) Instant reviewedAt,
        @JsonProperty("staff_member") @Schema(nullable = true, description = "The member of the team who serves the"
                + " booking; null for nobody in particular") @Nullable StaffMemberResource staffMember) {

    static BookingResource of(BookingHistoryEntry booking) {
        return new BookingResource(booking.bookingId(), booking.serviceName(), booking.startsAt(),
                booking.durationMinutes(), booking.price().toPlainString(),
                booking.status().name().toLowerCase(Locale.ROOT), booking.rating(), booking.reviewComment(),
                booking.reviewedAt(), StaffMemberResource.of(booking.staffMember()));
    }

    @Schema(name = "StaffMember", description = "A member of the business's team; a removed member keeps their name")
    record StaffMemberResource(@JsonProperty("id") long id, @JsonProperty("name") String name) {

        static @Nullable StaffMemberResource of(@Nullable StaffMember member) {
            return member == null ? null : new StaffMemberResource(member.id(), member.name());
        }
    }
}
