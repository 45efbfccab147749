package com.clientele.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The rate-limit buckets (Bucket4j) of one server alone: in this server's memory, one bucket per
 * limit and key. With several servers each would allow the whole rate, so there
 * {@link RedisRateLimitBuckets} keeps them in Redis (and falls back to these while Redis is away).
 */
class LocalRateLimitBuckets implements RateLimitBuckets {

    /** Past this many buckets, the full ones (keys not seen for a while) are dropped. */
    static final int MAX_BUCKETS = 100_000;

    private final TimeMeter time;
    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    LocalRateLimitBuckets() {
        this(System::nanoTime);
    }

    LocalRateLimitBuckets(LongSupplier nanoTime) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    @Override
    public Duration take(RateLimit limit, String key) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(Held::isFull);
        }
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    @Override
    public void giveBack(RateLimit limit, String key) {
        Held held = buckets.get(limit.name() + ':' + key);
        if (held != null) {
            held.bucket().addTokens(1);
        }
    }

    private Bucket bucket(RateLimit limit, String key) {
        return buckets.computeIfAbsent(limit.name() + ':' + key, k -> new Held(Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(),
                        limit.period()))
                .withCustomTimePrecision(time)
                .build(), limit.capacity())).bucket();
    }

    private record Held(Bucket bucket, long capacity) {

        boolean isFull() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
