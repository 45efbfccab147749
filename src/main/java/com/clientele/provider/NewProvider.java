package com.clientele.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A provider account to create: the business and its first login. */
public record NewProvider(
        @NotBlank(message = "Enter the business name") @Size(max = 200, message = "At most 200 characters") String businessName,
        @NotBlank(message = "Enter an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "Choose a time zone") String timeZone,
        @NotBlank(message = "Choose a currency") String currency,
        @NotBlank(message = "Choose a country") String country,
        String password) {
}
