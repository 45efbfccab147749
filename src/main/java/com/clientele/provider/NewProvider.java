package com.clientele.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A provider account to create: the business and its first login, with either a password chosen
 * by the admin or one the service generates ({@code generatePassword}; it is returned once).
 *
 * @param passwordChangeRequired whether the provider must choose a new password at the first sign-in;
 *        always so for a generated password
 */
public record NewProvider(
        @NotBlank(message = "provider.error.business-name.required") @Size(max = 200, message = "error.text.too-long")
        @Pattern(regexp = "[^\\r\\n]*", message = "provider.error.business-name.single-line") String businessName,
        @NotBlank(message = "error.email.required") @Size(max = 254, message = "error.text.too-long") String email,
        @NotBlank(message = "provider.error.time-zone.required") String timeZone,
        @NotBlank(message = "provider.error.currency.required") String currency,
        @NotBlank(message = "provider.error.country.required") String country,
        @Nullable String password,
        boolean passwordChangeRequired,
        boolean generatePassword) {

    /** A provider with the password the admin chose. */
    public NewProvider(String businessName, String email, String timeZone, String currency, String country,
            @Nullable String password, boolean passwordChangeRequired) {
        this(businessName, email, timeZone, currency, country, password, passwordChangeRequired, false);
    }

    /** A provider who keeps the given password. */
    public NewProvider(String businessName, String email, String timeZone, String currency, String country,
            @Nullable String password) {
        this(businessName, email, timeZone, currency, country, password, false);
    }

    /** A provider whose first password the service generates; it must be changed at the first sign-in. */
    public static NewProvider withGeneratedPassword(String businessName, String email, String timeZone,
            String currency, String country) {
        return new NewProvider(businessName, email, timeZone, currency, country, null, true, true);
    }
}
