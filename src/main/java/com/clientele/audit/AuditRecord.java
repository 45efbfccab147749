package com.clientele.audit;

import java.time.Instant;

/** One audit entry as admins read it. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, String target,
        String details, String remoteAddress) {
}
