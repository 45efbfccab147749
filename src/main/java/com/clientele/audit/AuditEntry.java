package com.clientele.audit;

import com.clientele.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One security or admin event. Written once, never changed or deleted by the application. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 254)
    private String target;

    @Column(length = 1000)
    private String details;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    AuditEntry(String actor, AuditAction action, String target, String details, String remoteAddress,
            Instant occurredAt) {
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.details = details;
        this.remoteAddress = remoteAddress;
        this.occurredAt = occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
