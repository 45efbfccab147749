package com.clientele.booking;

import com.clientele.customer.CustomerContact;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One booking read from a file: its line there, the customer as the file describes them (matched on
 * e-mail, else phone) and, when the file has one, its own reference for the booking, which then
 * identifies it on a second import.
 */
public record BookingImportRow(int line, CustomerContact customer, String serviceName, Instant startsAt,
        int durationMinutes, BigDecimal price, BookingStatus status, String reference) {

    NewBooking asNewBooking() {
        return NewBooking.forNewCustomer(customer, serviceName, startsAt, durationMinutes,
                price, status);
    }
}
