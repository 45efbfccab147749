package com.clientele.messaging;

import java.time.Instant;

/** A message as shown in a customer's details. */
public record MessageSummary(long id, String subject, String body, MessageStatus status, String failureReason,
        Instant createdAt, Instant sentAt) {

    static MessageSummary of(CustomerMessage message) {
        return new MessageSummary(message.getId(), message.getSubject(), message.getBody(), message.getStatus(),
                message.getFailureReason(), message.getCreatedAt(), message.getSentAt());
    }
}
