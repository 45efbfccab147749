package com.clientele.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A message to write to a customer. The subject is one line: it becomes an e-mail header. */
public record NewMessage(
        @NotBlank(message = "Enter a subject") @Size(max = 200, message = "At most 200 characters")
        @Pattern(regexp = "[^\\r\\n]*", message = "The subject must be a single line") String subject,
        @NotBlank(message = "Write a message") @Size(max = 10_000, message = "At most 10,000 characters") String body) {
}
