package com.clientele.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as the login process sees it. {@code providerId} is null for admins. */
public record LoginAccount(long accountId, String email, @Nullable String passwordHash, Role role, boolean enabled,
        @Nullable Instant lockedUntil, boolean passwordChangeRequired, @Nullable Long providerId) {
}
