package com.clientele.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A provider account as the admin console sees it: the business, its login and how much it uses
 * the platform. Counts only; never any customer's name, contact data or notes.
 *
 * @param bookings bookings that are not cancelled, over all customers
 */
public record ProviderAccount(long providerId, long accountId, String businessName, String email, String timeZone,
        String currency, String country, long customers, long bookings, @Nullable Instant lastLoginAt, Instant createdAt,
        AccountStatus status, @Nullable Instant lockedUntil, boolean passwordChangeRequired) {

    ProviderAccount withCounts(long customerCount, long bookingCount) {
        return new ProviderAccount(providerId, accountId, businessName, email, timeZone, currency, country,
                customerCount, bookingCount, lastLoginAt, createdAt, status, lockedUntil, passwordChangeRequired);
    }
}
