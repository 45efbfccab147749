package com.clientele.booking;

import com.clientele.customer.CustomerContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A booking to create, for an existing customer ({@code customerId}) or for the one described by
 * {@code newCustomer} (matched on e-mail, created if unknown). Exactly one of the two is given.
 * {@code staffMemberId} names the member of the team who serves it: optional, and a staff member's
 * bookings are always their own.
 */
public record NewBooking(
        Long customerId,
        @Valid CustomerContact newCustomer,
        @NotBlank(message = "booking.error.service.required") @Size(max = 200, message = "error.text.too-long") String serviceName,
        @NotNull(message = "booking.error.start.required") Instant startsAt,
        @NotNull(message = "booking.error.duration.required") @Min(value = 5, message = "booking.error.duration.too-short")
        @Max(value = 1440, message = "booking.error.duration.too-long") Integer durationMinutes,
        @NotNull(message = "booking.error.price.required") @DecimalMin(value = "0.00", message = "booking.error.price.negative")
        @Digits(integer = 10, fraction = 2, message = "booking.error.price.digits") BigDecimal price,
        @NotNull(message = "booking.error.status.required") BookingStatus status,
        @Nullable Long staffMemberId) {

    public static NewBooking forCustomer(long customerId, String serviceName, Instant startsAt, int durationMinutes,
            BigDecimal price, BookingStatus status) {
        return new NewBooking(customerId, null, serviceName, startsAt, durationMinutes, price, status, null);
    }

    public static NewBooking forNewCustomer(CustomerContact customer, String serviceName, Instant startsAt,
            int durationMinutes, BigDecimal price, BookingStatus status) {
        return new NewBooking(null, customer, serviceName, startsAt, durationMinutes, price, status, null);
    }

    /** The same booking, served by this member (null: by nobody in particular). */
    public NewBooking withStaffMember(@Nullable Long memberId) {
        return new NewBooking(customerId, newCustomer, serviceName, startsAt, durationMinutes, price, status, memberId);
    }
}
