package com.clientele.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New values for a provider's business and login e-mail; the password is changed elsewhere. */
public record ProviderChanges(
        @NotBlank(message = "Enter the business name") @Size(max = 200, message = "At most 200 characters")
        @Pattern(regexp = "[^\\r\\n]*", message = "The business name must be a single line") String businessName,
        @NotBlank(message = "Enter an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "Choose a time zone") String timeZone,
        @NotBlank(message = "Choose a currency") String currency,
        @NotBlank(message = "Choose a country") String country) {

    public static ProviderChanges of(ProviderAccount account) {
        return new ProviderChanges(account.businessName(), account.email(), account.timeZone(), account.currency(),
                account.country());
    }
}
