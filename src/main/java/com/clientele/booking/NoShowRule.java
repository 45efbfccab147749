package com.clientele.booking;

import com.clientele.base.Text;
import java.time.Instant;

/**
 * One of a provider's no-show rules (SPEC 11): when a customer reaches {@code threshold} of what it
 * counts among the bookings that start within the last {@code withinDays} days, it flags them or
 * blocks them (for {@code blockDays} days, or until lifted).
 */
public record NoShowRule(long id, RuleCounts counts, int threshold, int withinDays, RuleAction action, int blockDays,
        Instant createdAt, String createdBy) {

    /** What it counts, in words: "3 no-shows in 90 days". */
    public Text condition() {
        return Text.of("rules.condition." + counts.name(), threshold, withinDays);
    }

    /** What it does, in words: "block for 30 days". */
    public Text outcome() {
        return action == RuleAction.BLOCK_FOR ? Text.of("rules.action.BLOCK_FOR", blockDays)
                : Text.of("rules.action." + action.name());
    }

    /** The whole rule in words: "3 no-shows in 90 days → Block for 30 days". */
    public Text describe() {
        return Text.of("rules.line", condition(), outcome());
    }

    /** The reason a block or flag by this rule gives: "Rule: 3 no-shows in 90 days". */
    public Text reason() {
        return Text.of("rules.reason", condition());
    }
}
