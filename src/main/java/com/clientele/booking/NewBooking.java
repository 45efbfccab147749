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

/**
 * A booking to create, for an existing customer ({@code customerId}) or for the one described by
 * {@code newCustomer} (matched on e-mail, created if unknown). Exactly one of the two is given.
 */
public record NewBooking(
        Long customerId,
        @Valid CustomerContact newCustomer,
        @NotBlank(message = "Enter the service") @Size(max = 200, message = "At most 200 characters") String serviceName,
        @NotNull(message = "Enter the start time") Instant startsAt,
        @NotNull(message = "Enter the duration") @Min(value = 5, message = "At least 5 minutes")
        @Max(value = 1440, message = "At most 24 hours") Integer durationMinutes,
        @NotNull(message = "Enter the price") @DecimalMin(value = "0.00", message = "The price cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "At most 10 digits and 2 decimals") BigDecimal price,
        @NotNull(message = "Choose a status") BookingStatus status) {

    public static NewBooking forCustomer(long customerId, String serviceName, Instant startsAt, int durationMinutes,
            BigDecimal price, BookingStatus status) {
        return new NewBooking(customerId, null, serviceName, startsAt, durationMinutes, price, status);
    }

    public static NewBooking forNewCustomer(CustomerContact customer, String serviceName, Instant startsAt,
            int durationMinutes, BigDecimal price, BookingStatus status) {
        return new NewBooking(null, customer, serviceName, startsAt, durationMinutes, price, status);
    }
}
