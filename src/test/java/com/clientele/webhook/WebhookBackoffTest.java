package com.clientele.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pauses between attempts and when a delivery is given up, with the default settings. */
class WebhookBackoffTest {

    private static final WebhookSettings DEFAULTS = new WebhookSettings(false, Duration.ofSeconds(10),
            Duration.ofSeconds(10), 20, Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofHours(24), Duration.ofHours(72));

    private final WebhookBackoff backoff = new WebhookBackoff(DEFAULTS);

    @Test
    void thePauseDoublesFromOneMinuteUpToAnHour() {
        List<Long> minutes = new ArrayList<>();
        for (int attempts = 1; attempts <= 10; attempts++) {
            minutes.add(backoff.pauseAfter(attempts).toMinutes());
        }
        assertThat(minutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
        assertThat(backoff.pauseAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void attemptsStopWhenTheNextWouldBeMoreThan24HoursAfterTheFirst() {
        Instant first = Instant.parse("2026-12-01T08:00:00Z");
        Instant at = first;
        List<Instant> attempts = new ArrayList<>(List.of(first));
        for (int made = 1; ; made++) {
            var next = backoff.nextAttempt(first, made, at);
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
            attempts.add(at);
        }
        assertThat(attempts).hasSize(29);
        assertThat(attempts.getLast()).isEqualTo(first.plus(Duration.ofMinutes(63 + 22 * 60)));
        assertThat(backoff.nextAttempt(first, 29, attempts.getLast())).isEmpty();
    }

    @Test
    void theDefaultSettingsAreConsistentAndALeaseShorterThanABatchIsNot() {
        assertThat(DEFAULTS.isConsistent()).isTrue();
        assertThat(new WebhookSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(10), 20, Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72)).isConsistent())
                .as("20 attempts of up to 2 × 10 s do not fit in 5 minutes").isFalse();
    }
}
