package com.clientele.provider;

import java.time.Instant;

/**
 * Whether a business's members can sign in, as the admin console shows and filters it (its names
 * are the {@code provider.status.*} texts of the bundles): disabled when an admin disabled the
 * business, locked while its sign-in account is locked out after failed sign-ins.
 */
public enum AccountStatus {
    ENABLED,
    LOCKED,
    DISABLED;

    /** A disabled business shows as disabled even while a lock-out is running. */
    static AccountStatus of(boolean enabled, Instant lockedUntil, Instant now) {
        if (!enabled) {
            return DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? LOCKED : ENABLED;
    }
}
