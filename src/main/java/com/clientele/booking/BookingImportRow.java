package com.clientele.booking;

import com.clientele.customer.CustomerContact;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One booking read from a file: its line there, the customer as the file describes them (matched on
 * e-mail, else phone) and, when the file has one, its own reference for the booking, which then
 * identifies it on a second import, and the member of the team who served it (a name or an e-mail
 * address, as the file has it).
 */
public record BookingImportRow(int line, CustomerContact customer, String serviceName, Instant startsAt,
        int durationMinutes, BigDecimal price, BookingStatus status, String reference, @Nullable String staff) {

    NewBooking asNewBooking() {
        return NewBooking.forNewCustomer(customer, serviceName, startsAt, durationMinutes,
                price, status);
    }
}
