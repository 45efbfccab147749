package com.clientele.provider;

import java.time.Instant;

/** An account as the login process sees it. {@code providerId} is null for admins. */
public record LoginAccount(long accountId, String email, String passwordHash, Role role, boolean enabled,
        Instant lockedUntil, boolean passwordChangeRequired, Long providerId) {
}
