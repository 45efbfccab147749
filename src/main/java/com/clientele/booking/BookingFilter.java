package com.clientele.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the bookings list shows: one status or all, a date range in the provider's time zone (both
 * ends included, either may be open) and a piece of the customer's name, e-mail or phone.
 */
public record BookingFilter(@Nullable BookingStatus status, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String customer) {

    public static final BookingFilter ALL = new BookingFilter(null, null, null, null);

    public BookingFilter withStatus(BookingStatus value) {
        return new BookingFilter(value, from, to, customer);
    }

    public BookingFilter withDates(LocalDate fromDate, LocalDate toDate) {
        return new BookingFilter(status, fromDate, toDate, customer);
    }

    public BookingFilter withCustomer(String text) {
        return new BookingFilter(status, from, to, text);
    }
}
