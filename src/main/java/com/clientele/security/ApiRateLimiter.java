package com.clientele.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token, in memory: {@code burst} requests at once, refilled at
 * {@code perSecond}. Enough for one application instance; several instances would each allow the
 * rate.
 */
@Component
class ApiRateLimiter {

    private static final int MAX_BUCKETS = 10_000;

    private final double perNano;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    ApiRateLimiter(RateLimitSettings settings) {
        this(settings.perSecond(), settings.burst(), System::nanoTime);
    }

    ApiRateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("The rate limit needs a positive rate and a burst of at least 1");
        }
        this.perNano = perSecond / 1_000_000_000d;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    double perSecond() {
        return perNano * 1_000_000_000d;
    }

    int burst() {
        return burst;
    }

    /** @return zero when this token may make a request now, otherwise how long until it may */
    Duration acquire(long tokenId) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(now)).take(now);
    }

    private final class Bucket {

        private double tokens = burst;
        private long updatedAt;

        Bucket(long now) {
            this.updatedAt = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updatedAt) * perNano);
            updatedAt = now;
        }
    }
}
