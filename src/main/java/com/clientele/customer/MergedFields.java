package com.clientele.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a merge leaves on the surviving relation (SPEC 12), as the merge module decided it: the
 * contact data picked field by field, the joined notes, the combined favourite, block and rule
 * standing, and the earlier of the two "customer since" dates.
 */
public record MergedFields(
        String name,
        @Nullable String email,
        @Nullable String phone,
        boolean favorite,
        boolean blocked,
        @Nullable String blockedReason,
        @Nullable Instant blockedAt,
        @Nullable Instant blockedUntil,
        @Nullable String notes,
        @Nullable String flaggedReason,
        @Nullable Instant flaggedAt,
        @Nullable String rulesExemption,
        Instant createdAt) {
}
