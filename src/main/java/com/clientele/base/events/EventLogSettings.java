package com.clientele.base.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Upkeep of the event publication registry ({@code app.events.*}, docs/events.md). Spring Modulith's
 * own {@code spring.modulith.events.*} settings sit next to these in application.properties.
 *
 * @param keepCompleted how long completed publications stay in EVENT_PUBLICATION for inspection
 * @param cleanupEvery how often completed publications older than that are deleted
 * @param resubmitEvery how often failed publications are handed to their listener again
 * @param resubmitAfter how long a failed publication waits before it is resubmitted
 * @param maxResubmissions resubmissions after which a failed publication is left FAILED for a person to look at
 */
@Validated
@ConfigurationProperties("app.events")
public record EventLogSettings(
        @DefaultValue("7d") Duration keepCompleted,
        @DefaultValue("1h") Duration cleanupEvery,
        @DefaultValue("5m") Duration resubmitEvery,
        @DefaultValue("5m") Duration resubmitAfter,
        @Min(0) @DefaultValue("10") int maxResubmissions) {

    @AssertTrue(message = "keep-completed, cleanup-every and resubmit-every must be positive, resubmit-after not negative")
    boolean isTimingValid() {
        return keepCompleted.isPositive() && cleanupEvery.isPositive() && resubmitEvery.isPositive()
                && !resubmitAfter.isNegative();
    }
}
