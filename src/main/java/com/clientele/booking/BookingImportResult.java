package com.clientele.booking;

import java.util.List;

/**
 * What an import of bookings did: bookings created, bookings whose status moved on since the last
 * import ({@code updated}), rows already there ({@code unchanged}: imported before, or repeated in
 * the file), customers it created, and the rows it refused.
 */
public record BookingImportResult(int created, int updated, int unchanged, int newCustomers,
        List<RejectedRow> rejected) {
}
