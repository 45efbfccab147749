package com.clientele.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the bookings list shows: one status or all, a date range in the provider's time zone (both
 * ends included, either may be open), a piece of the customer's name, e-mail or phone, and the
 * member of the team who serves them (any when null).
 */
public record BookingFilter(@Nullable BookingStatus status, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String customer, @Nullable Long staffMemberId) {

    public static final BookingFilter ALL = new BookingFilter(null, null, null, null, null);

    public BookingFilter withStatus(BookingStatus value) {
        return new BookingFilter(value, from, to, customer, staffMemberId);
    }

    public BookingFilter withDates(LocalDate fromDate, LocalDate toDate) {
        return new BookingFilter(status, fromDate, toDate, customer, staffMemberId);
    }

    public BookingFilter withCustomer(String text) {
        return new BookingFilter(status, from, to, text, staffMemberId);
    }

    public BookingFilter withStaffMember(@Nullable Long memberId) {
        return new BookingFilter(status, from, to, customer, memberId);
    }
}
