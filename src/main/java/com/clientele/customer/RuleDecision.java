package com.clientele.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a no-show rule decided for a customer (SPEC 11): a block with the rule as its reason and an
 * end (null: until lifted), or a flag.
 */
public record RuleDecision(boolean block, String reason, @Nullable Instant until) {

    public static RuleDecision block(String reason, @Nullable Instant until) {
        return new RuleDecision(true, reason, until);
    }

    public static RuleDecision flag(String reason) {
        return new RuleDecision(false, reason, null);
    }
}
