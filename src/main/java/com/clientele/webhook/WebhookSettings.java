package com.clientele.webhook;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered ({@code app.webhooks.*}, docs/webhooks.md).
 *
 * @param allowPrivateAddresses whether endpoints may be on private, loopback, link-local or multicast
 *     addresses; false in production (SSRF), true for development and tests with a local receiver
 * @param timeout connect and read timeout of one attempt
 * @param pollEvery how often due deliveries are looked for ({@code WebhookSender}); the same key is in
 *     its {@code @Scheduled} expression
 * @param batchSize deliveries one instance claims at a time
 * @param lease how long a claim holds: a delivery claimed longer ago belongs to an instance that died
 * @param firstRetry pause after the first failed attempt; it doubles after each further one
 * @param maxRetryDelay the longest pause between two attempts
 * @param giveUpAfter after this time from the first attempt a delivery is marked failed
 * @param disableAfter an endpoint failing without a success for this long is disabled
 */
@Validated
@ConfigurationProperties("app.webhooks")
public record WebhookSettings(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("10s") Duration pollEvery,
        @Min(1) @DefaultValue("20") int batchSize,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("72h") Duration disableAfter) {

    @AssertTrue(message = "app.webhooks: timeout, poll-every, first-retry and the other durations must be positive,"
            + " max-retry-delay at least first-retry, and the lease longer than a batch of attempts")
    boolean isConsistent() {
        return positive(timeout) && positive(pollEvery) && positive(lease) && positive(firstRetry)
                && positive(giveUpAfter) && positive(disableAfter) && maxRetryDelay.compareTo(firstRetry) >= 0
                && lease.compareTo(timeout.multipliedBy(2L * batchSize)) > 0;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
