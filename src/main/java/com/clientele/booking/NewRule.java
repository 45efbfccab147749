package com.clientele.booking;

import org.jspecify.annotations.Nullable;

/** A no-show rule to add, as typed or sent; {@link NoShowRules#create} checks every part. */
public record NewRule(@Nullable RuleCounts counts, @Nullable Integer threshold, @Nullable Integer withinDays,
        @Nullable RuleAction action, @Nullable Integer blockDays) {
}
