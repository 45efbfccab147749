package com.clientele.provider.api;

import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderAccount;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A provider account as admins see it over the API: the business, its sign-in, its team (member
 * count and owners) and how much it uses the platform. Counts only: never a customer, a note or a
 * password hash.
 */
@Schema(name = "ProviderAccount", description = "A provider account: the business, its sign-in, its member count"
        + " and owners, and usage counts. Never any customer data, notes or password hashes.")
record ProviderResource(
        @JsonProperty("id") @Schema(description = "The provider id; use it in the provider's URLs") long id,
        @JsonProperty("business_name") String businessName,
        @JsonProperty("email") @Schema(description = "The sign-in e-mail, in lower case") String email,
        @JsonProperty("time_zone") @Schema(description = "IANA time zone", example = "Europe/London") String timeZone,
        @JsonProperty("currency") @Schema(description = "ISO 4217 code", example = "GBP") String currency,
        @JsonProperty("country") @Schema(description = "ISO 3166 region, for reading phone numbers", example = "GB")
        String country,
        @JsonProperty("status") @Schema(allowableValues = {"enabled", "locked", "disabled"}, description = "locked:"
                + " the sign-in e-mail's account had too many failed sign-ins, until locked_until; disabled: the"
                + " business is disabled, none of its members can sign in or use API tokens")
        String status,
        @JsonProperty("locked_until") @Schema(nullable = true, description = "ISO-8601, UTC; only while locked")
        Instant lockedUntil,
        @JsonProperty("password_change_required") @Schema(description = "Must choose a new password at the next"
                + " sign-in") boolean passwordChangeRequired,
        @JsonProperty("customer_count") long customerCount,
        @JsonProperty("booking_count") @Schema(description = "Bookings that are not cancelled, over all customers")
        long bookingCount,
        @JsonProperty("members_count") @Schema(description = "Members of the business's team, not counting removed"
                + " ones (disabled members are counted)") long membersCount,
        @JsonProperty("owners") @ArraySchema(arraySchema = @Schema(description = "The business's enabled owners, by"
                + " name")) List<OwnerResource> owners,
        @JsonProperty("last_login_at") @Schema(nullable = true, description = "ISO-8601, UTC; null if never")
        Instant lastLoginAt,
        @JsonProperty("created_at") @Schema(description = "ISO-8601, UTC") Instant createdAt) {

    static ProviderResource of(ProviderAccount account) {
        return new ProviderResource(account.providerId(), account.businessName(), account.email(), account.timeZone(),
                account.currency(), account.country(), code(account.status()),
                account.status() == AccountStatus.LOCKED ? account.lockedUntil() : null,
                account.passwordChangeRequired(), account.customers(), account.bookings(), account.members(),
                account.owners().stream().map(OwnerResource::of).toList(), account.lastLoginAt(), account.createdAt());
    }

    /** An owner of the business: a member, never a customer. */
    @Schema(name = "ProviderOwner", description = "An enabled owner of the business")
    record OwnerResource(@JsonProperty("name") String name,
            @JsonProperty("email") @Schema(description = "The owner's sign-in e-mail, in lower case") String email) {

        static OwnerResource of(ProviderAccount.Owner owner) {
            return new OwnerResource(owner.name(), owner.email());
        }
    }

    /** The API's word for a status, also the value of the list's {@code status} parameter. */
    static String code(AccountStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
