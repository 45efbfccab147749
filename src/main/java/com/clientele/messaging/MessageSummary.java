package com.clientele.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as shown in a customer's details. */
public record MessageSummary(long id, String subject, String body, MessageStatus status, @Nullable String failureReason,
        Instant createdAt, @Nullable Instant sentAt) {

    static MessageSummary of(CustomerMessage message) {
        return new MessageSummary(message.getId(), message.getSubject(), message.getBody(), message.getStatus(),
                message.getFailureReason(), message.getCreatedAt(), message.getSentAt());
    }
}
