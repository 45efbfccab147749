package com.clientele.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer as typed by a provider or read from a file; e-mail and phone are normalised on use. */
public record CustomerContact(
        @NotBlank(message = "customer.error.name.required") @Size(max = 200, message = "error.text.too-long") String name,
        @Size(max = 254, message = "error.text.too-long") String email,
        @Size(max = 32, message = "error.text.too-long") String phone) {
}
