package com.clientele.security;

import java.time.Duration;

/**
 * Where the rate-limit buckets (Bucket4j) live, one per limit and key (token id, client address,
 * e-mail): in this server's memory for one server alone ({@link LocalRateLimitBuckets}), in Redis
 * when several servers share the limits ({@link RedisRateLimitBuckets}, with {@code REDIS_URL}).
 */
interface RateLimitBuckets {

    /** Takes one from the key's bucket: zero when it was there, otherwise how long until one is. */
    Duration take(RateLimit limit, String key);

    /** Returns one taken for an attempt that turned out not to count (e.g. a successful sign-in). */
    void giveBack(RateLimit limit, String key);
}
