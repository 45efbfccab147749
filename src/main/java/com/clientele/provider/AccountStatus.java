package com.clientele.provider;

import java.time.Instant;

/**
 * Whether an account can sign in: as the admin console shows and filters it (its names are the
 * {@code provider.status.*} texts of the bundles).
 */
public enum AccountStatus {
    ENABLED,
    LOCKED,
    DISABLED;

    /** A disabled account shows as disabled even while a lock-out is running. */
    static AccountStatus of(boolean enabled, Instant lockedUntil, Instant now) {
        if (!enabled) {
            return DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? LOCKED : ENABLED;
    }
}
