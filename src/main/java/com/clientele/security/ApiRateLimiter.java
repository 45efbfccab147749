package com.clientele.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The request rate of each API token (a Bucket4j token bucket in {@link RateLimitBuckets}):
 * {@code burst} requests at once, refilled at {@code perSecond}.
 */
@Component
class ApiRateLimiter {

    private final RateLimit limit;
    private final RateLimitBuckets buckets;

    @Autowired
    ApiRateLimiter(RateLimitSettings settings, RateLimitBuckets buckets) {
        this(settings.perSecond(), settings.burst(), buckets);
    }

    ApiRateLimiter(double perSecond, int burst, RateLimitBuckets buckets) {
        this.limit = RateLimit.perSecond("api-token", perSecond, burst);
        this.buckets = buckets;
    }

    double perSecond() {
        return limit.perSecond();
    }

    int burst() {
        return (int) limit.capacity();
    }

    /** @return zero when this token may make a request now, otherwise how long until it may */
    Duration acquire(long tokenId) {
        return buckets.take(limit, Long.toString(tokenId));
    }
}
