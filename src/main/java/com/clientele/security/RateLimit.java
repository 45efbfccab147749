package com.clientele.security;

import java.time.Duration;

/**
 * One rate limit: up to {@code capacity} at once, refilled smoothly at {@code capacity} per
 * {@code period}. {@code name} keeps the buckets of different limits apart.
 */
record RateLimit(String name, long capacity, Duration period) {

    RateLimit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a capacity of at least 1 and a period");
        }
    }

    /** A rate given per second with a burst, as the API limit is configured. */
    static RateLimit perSecond(String name, double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("The rate limit needs a positive rate and a burst of at least 1");
        }
        return new RateLimit(name, burst, Duration.ofNanos(Math.round(burst * 1_000_000_000d / perSecond)));
    }

    double perSecond() {
        return capacity * 1_000_000_000d / period.toNanos();
    }
}
