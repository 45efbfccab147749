package com.clientele.provider;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider account as the admin console sees it: the business, its sign-in (the first owner's
 * account), its team and how much it uses the platform. Counts and the owners only; never any
 * customer's name, contact data or notes.
 *
 * @param bookings bookings that are not cancelled, over all customers
 * @param members  the business's members, not counting removed ones
 * @param owners   the enabled owners, by name
 * @param status   disabled while the business is disabled; else the sign-in account's lock-out
 */
public record ProviderAccount(long providerId, long accountId, String businessName, String email, String timeZone,
        String currency, String country, long customers, long bookings, long members, List<Owner> owners,
        @Nullable Instant lastLoginAt, Instant createdAt, AccountStatus status, @Nullable Instant lockedUntil,
        boolean passwordChangeRequired) {

    public ProviderAccount {
        owners = List.copyOf(owners);
    }

    /** An enabled owner of the business, as the console names them. */
    public record Owner(String name, String email) {
    }

    ProviderAccount withCounts(CustomerCounts.Counts counts, TeamFigures.Team team) {
        return new ProviderAccount(providerId, accountId, businessName, email, timeZone, currency, country,
                counts.customers(), counts.bookings(), team.members(), team.owners(), lastLoginAt, createdAt, status,
                lockedUntil, passwordChangeRequired);
    }
}
