package com.clientele.workspace.api;

import com.clientele.messaging.MessageSummary;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;

@Schema(name = "Message", description = "A message from the provider to the customer")
record MessageResource(
        @JsonProperty("id") long id,
        @JsonProperty("subject") String subject,
        @JsonProperty("body") String body,
        @JsonProperty("status") @Schema(allowableValues = {"queued", "sent", "failed"},
                description = "queued until delivered by e-mail (stays queued where e-mail is not set up)")
        String status,
        @JsonProperty("failure_reason") @Schema(nullable = true) String failureReason,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("sent_at") @Schema(nullable = true) Instant sentAt) {

    static MessageResource of(MessageSummary message) {
        return new MessageResource(message.id(), message.subject(), message.body(),
                message.status().name().toLowerCase(Locale.ROOT), message.failureReason(), message.createdAt(),
                message.sentAt());
    }
}
