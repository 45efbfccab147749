package com.clientele.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When a failed delivery is tried again: {@code first-retry} after the first attempt, doubling after
 * each further one up to {@code max-retry-delay}, for as long as the next attempt would still be
 * within {@code give-up-after} of the first (defaults: 1, 2, 4 … 32 min, then hourly, for 24 h).
 */
@Component
class WebhookBackoff {

    private final WebhookSettings settings;

    WebhookBackoff(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The pause after {@code attempts} failed attempts (1 = after the first). */
    Duration pauseAfter(int attempts) {
        Duration pause = settings.firstRetry();
        for (int i = 1; i < attempts && pause.compareTo(settings.maxRetryDelay()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : pause;
    }

    /** The next attempt after a failure at {@code now}, or empty: give up, the delivery failed. */
    Optional<Instant> nextAttempt(Instant firstAttempt, int attempts, Instant now) {
        Instant next = now.plus(pauseAfter(attempts));
        return next.isAfter(firstAttempt.plus(settings.giveUpAfter())) ? Optional.empty() : Optional.of(next);
    }
}
