package com.clientele.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as the login process sees it. For a member of a business: {@code providerId}, the
 * member's id, role and name; all null for admins.
 */
public record LoginAccount(long accountId, String email, @Nullable String passwordHash, Role role, boolean enabled,
        @Nullable Instant lockedUntil, boolean passwordChangeRequired, @Nullable Long providerId,
        @Nullable Long memberId, @Nullable TeamRole teamRole, @Nullable String memberName) {
}
