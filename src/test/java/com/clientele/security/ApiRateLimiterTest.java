package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-token limit (Bucket4j buckets) on a clock the test moves. */
class ApiRateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final ApiRateLimiter limiter = new ApiRateLimiter(20, 40, new LocalRateLimitBuckets(now::get));

    @Test
    void aBurstIsAllowedThenOneRequestPerTwentiethOfASecond() {
        for (int i = 0; i < 40; i++) {
            assertThat(limiter.acquire(1)).as("request %d", i).isZero();
        }
        Duration wait = limiter.acquire(1);
        assertThat(wait).isEqualTo(Duration.ofMillis(50));

        now.addAndGet(Duration.ofMillis(49).toNanos());
        assertThat(limiter.acquire(1)).isPositive();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isPositive();
    }

    @Test
    void theBucketRefillsUpToTheBurstOnly() {
        for (int i = 0; i < 40; i++) {
            limiter.acquire(7);
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos());

        int allowed = 0;
        while (limiter.acquire(7).isZero()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(40);
    }

    @Test
    void tokensHaveTheirOwnBuckets() {
        for (int i = 0; i < 40; i++) {
            limiter.acquire(1);
        }
        assertThat(limiter.acquire(1)).isPositive();
        assertThat(limiter.acquire(2)).isZero();
    }
}
