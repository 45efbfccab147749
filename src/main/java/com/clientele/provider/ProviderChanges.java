package com.clientele.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New values for a provider's business and login e-mail; the password is changed elsewhere. */
public record ProviderChanges(
        @NotBlank(message = "provider.error.business-name.required") @Size(max = 200, message = "error.text.too-long")
        @Pattern(regexp = "[^\\r\\n]*", message = "provider.error.business-name.single-line") String businessName,
        @NotBlank(message = "error.email.required") @Size(max = 254, message = "error.text.too-long") String email,
        @NotBlank(message = "provider.error.time-zone.required") String timeZone,
        @NotBlank(message = "provider.error.currency.required") String currency,
        @NotBlank(message = "provider.error.country.required") String country) {

    public static ProviderChanges of(ProviderAccount account) {
        return new ProviderChanges(account.businessName(), account.email(), account.timeZone(), account.currency(),
                account.country());
    }
}
