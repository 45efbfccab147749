package com.clientele.messaging;

/** Where a message to a customer stands. */
public enum MessageStatus {
    /** Stored, waiting for delivery (or e-mail is not configured). */
    QUEUED,
    SENT,
    FAILED
}
