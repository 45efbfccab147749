package com.clientele.activity;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "activity_event")
class ActivityEvent extends AbstractEntity {

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityType type;

    /** In English, as the REST API shows it; for screens see {@link #summaryKey}. */
    @Column(nullable = false, length = 300)
    private String summary;

    /** The summary's message key, read in each reader's language; null: the summary is shown as stored. */
    @Column(name = "summary_key", length = 100)
    private String summaryKey;

    @Column(name = "summary_args", columnDefinition = "text")
    private String summaryArgs;

    /** False for an import's per-customer events: they show in that customer's timeline only. */
    @Column(name = "in_recent", nullable = false)
    private boolean inRecent = true;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ActivityEvent() {
    }

    ActivityEvent(long providerId, Long customerId, ActivityType type, String summary, String summaryKey,
            String summaryArgs, String actor, Instant occurredAt) {
        this.providerId = providerId;
        this.customerId = customerId;
        this.type = type;
        this.summary = summary;
        this.summaryKey = summaryKey;
        this.summaryArgs = summaryArgs;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }
}
