package com.clientele.messaging;

import com.clientele.base.AbstractEntity;
import com.clientele.base.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message from a provider to one of their customers. */
@Entity
@Table(name = "customer_message")
class CustomerMessage extends AbstractEntity {

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "recipient_email", length = 254)
    private @Nullable String recipientEmail;

    @Column(name = "recipient_name", length = 200)
    private @Nullable String recipientName;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    /** The sending member's language: the one of the e-mail's fixed texts, even when sent later. */
    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "failure_reason", length = 500)
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected CustomerMessage() {
    }

    CustomerMessage(long providerId, long customerId, @Nullable String recipientEmail, String recipientName,
            String subject, String body, Language language, String createdBy, Instant now) {
        this.providerId = providerId;
        this.customerId = customerId;
        this.recipientEmail = recipientEmail;
        this.recipientName = recipientName;
        this.subject = subject;
        this.body = body;
        this.language = language.code();
        this.status = MessageStatus.QUEUED;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long getProviderId() {
        return providerId;
    }

    long getCustomerId() {
        return customerId;
    }

    String getRecipientEmail() {
        return recipientEmail;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MessageStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getFailureReason() {
        return failureReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
