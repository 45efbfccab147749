package com.clientele.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a customer stands with the provider's no-show rules (SPEC 11): the flag a rule raised, if
 * any, and an exemption from the rules with its reason.
 */
public record RuleStanding(@Nullable String flaggedReason, @Nullable Instant flaggedAt, @Nullable String exemption) {

    public static final RuleStanding NONE = new RuleStanding(null, null, null);

    public boolean flagged() {
        return flaggedReason != null;
    }

    public boolean exempt() {
        return exemption != null;
    }
}
