package com.clientele.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A message to write to a customer. The subject is one line: it becomes an e-mail header. */
public record NewMessage(
        @NotBlank(message = "messaging.error.subject.required") @Size(max = 200, message = "error.text.too-long")
        @Pattern(regexp = "[^\\r\\n]*", message = "messaging.error.subject.single-line") String subject,
        @NotBlank(message = "messaging.error.body.required") @Size(max = 10_000, message = "error.text.too-long") String body) {
}
