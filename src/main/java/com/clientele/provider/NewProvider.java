package com.clientele.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A provider account to create: the business and its first login.
 *
 * @param passwordChangeRequired whether the provider must choose a new password at the first sign-in
 */
public record NewProvider(
        @NotBlank(message = "Enter the business name") @Size(max = 200, message = "At most 200 characters")
        @Pattern(regexp = "[^\\r\\n]*", message = "The business name must be a single line") String businessName,
        @NotBlank(message = "Enter an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "Choose a time zone") String timeZone,
        @NotBlank(message = "Choose a currency") String currency,
        @NotBlank(message = "Choose a country") String country,
        String password,
        boolean passwordChangeRequired) {

    /** A provider who keeps the given password. */
    public NewProvider(String businessName, String email, String timeZone, String currency, String country,
            String password) {
        this(businessName, email, timeZone, currency, country, password, false);
    }
}
