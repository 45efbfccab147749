package com.clientele.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the rate-limit buckets (Bucket4j) live: in this server's memory, one bucket per limit and
 * key (token id, client address, e-mail). That is right for one server; with several servers each
 * would allow the whole rate. To share the limits, swap this class for one backed by Bucket4j's
 * Redis proxy manager ({@code bucket4j_jdk17-lettuce}): the callers only use {@link #take} and
 * {@link #giveBack}.
 */
@Component
class RateLimitBuckets {

    /** Past this many buckets, the full ones (keys not seen for a while) are dropped. */
    static final int MAX_BUCKETS = 100_000;

    private final TimeMeter time;
    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    @Autowired
    RateLimitBuckets() {
        this(System::nanoTime);
    }

    RateLimitBuckets(LongSupplier nanoTime) {
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

    /** Takes one from the key's bucket: zero when it was there, otherwise how long until one is. */
    Duration take(RateLimit limit, String key) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(Held::isFull);
        }
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Returns one taken for an attempt that turned out not to count (e.g. a successful sign-in). */
    void giveBack(RateLimit limit, String key) {
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
