package com.clientele.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer as typed by a provider or read from a file; e-mail and phone are normalised on use. */
public record CustomerContact(
        @NotBlank(message = "Enter the customer's name") @Size(max = 200, message = "At most 200 characters") String name,
        @Size(max = 254, message = "At most 254 characters") String email,
        @Size(max = 32, message = "At most 32 characters") String phone) {
}
