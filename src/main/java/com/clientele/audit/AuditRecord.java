package com.clientele.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit entry as admins read it. */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditAction action, @Nullable String target,
        @Nullable String details, @Nullable String remoteAddress) {
}
