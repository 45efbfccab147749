package com.clientele.provider.api;

import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccount;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

/**
 * A provider account as admins see it over the API: the business, its sign-in and how much it uses
 * the platform. Counts only: never a customer, a note or a password hash.
 */
@Schema(name = "ProviderAccount", description = "A provider account: the business, its sign-in and usage counts."
        + " Never any customer data, notes or password hashes.")
record ProviderResource(
        @JsonProperty("id") @Schema(description = "The provider id; use it in the provider's URLs") long id,
        @JsonProperty("business_name") String businessName,
        @JsonProperty("email") @Schema(description = "The sign-in e-mail, in lower case") String email,
        @JsonProperty("time_zone") @Schema(description = "IANA time zone", example = "Europe/London") String timeZone,
        @JsonProperty("currency") @Schema(description = "ISO 4217 code", example = "GBP") String currency,
        @JsonProperty("country") @Schema(description = "ISO 3166 region, for reading phone numbers", example = "GB")
        String country,
        @JsonProperty("status") @Schema(allowableValues = {"enabled", "locked", "disabled"}, description = "locked:"
                + " too many failed sign-ins, until locked_until; disabled: cannot sign in or use API tokens")
        String status,
        @JsonProperty("locked_until") @Schema(nullable = true, description = "ISO-8601, UTC; only while locked")
        Instant lockedUntil,
        @JsonProperty("password_change_required") @Schema(description = "Must choose a new password at the next"
                + " sign-in") boolean passwordChangeRequired,
        @JsonProperty("customer_count") long customerCount,
        @JsonProperty("booking_count") @Schema(description = "Bookings that are not cancelled, over all customers")
        long bookingCount,
        @JsonProperty("last_login_at") @Schema(nullable = true, description = "ISO-8601, UTC; null if never")
        Instant lastLoginAt,
        @JsonProperty("created_at") @Schema(description = "ISO-8601, UTC") Instant createdAt) {

    static ProviderResource of(ProviderAccount account) {
        return new ProviderResource(account.providerId(), account.businessName(), account.email(), account.timeZone(),
                account.currency(), account.country(), code(account.status()),
                account.status() == AccountStatus.LOCKED ? account.lockedUntil() : null,
                account.passwordChangeRequired(), account.customers(), account.bookings(), account.lastLoginAt(),
                account.createdAt());
    }

    /** The API's word for a status, also the value of the list's {@code status} parameter. */
    static String code(AccountStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
