package com.clientele.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every part is optional (null).
 *
 * @param actor  the start of who acted (an e-mail, "system" or "anonymous"), case-insensitive
 * @param target the start of what was acted on (usually an account e-mail), case-insensitive
 * @param from   entries at or after this instant
 * @param to     entries before this instant
 */
public record AuditFilter(@Nullable AuditAction action, @Nullable String actor, @Nullable String target,
        @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
