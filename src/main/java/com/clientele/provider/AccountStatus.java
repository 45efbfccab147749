package com.clientele.provider;

import java.time.Instant;

/** Whether an account can sign in: as the admin console shows and filters it. */
public enum AccountStatus {
    ENABLED("Enabled"),
    LOCKED("Locked"),
    DISABLED("Disabled");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A disabled account shows as disabled even while a lock-out is running. */
    static AccountStatus of(boolean enabled, Instant lockedUntil, Instant now) {
        if (!enabled) {
            return DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? LOCKED : ENABLED;
    }
}
