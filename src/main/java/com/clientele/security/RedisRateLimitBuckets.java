package com.clientele.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The rate-limit buckets of several servers: Bucket4j buckets in Redis (its Lettuce proxy manager,
 * compare-and-swap), so a token, an address or an e-mail has one limit however many servers answer
 * it. A bucket's key names its limit's figures, so a server started with another limit never shares
 * a bucket with one of the old; a bucket is removed by Redis once it would be full again.
 *
 * <p>While Redis cannot be reached, each server limits on its own ({@link LocalRateLimitBuckets}) rather
 * than refusing every request: the limits are then per server until Redis is back. After a failed
 * call Redis is asked again only {@link #RETRY_AFTER} later, so an outage costs one request timeout,
 * not one per request.
 */
class RedisRateLimitBuckets implements RateLimitBuckets, DisposableBean {

    static final String KEY_PREFIX = "clientele:rate:";
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitBuckets.class);

    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final LocalRateLimitBuckets fallback = new LocalRateLimitBuckets();
    private volatile long redisAgainAt = System.nanoTime();

    RedisRateLimitBuckets(RedisClient client) {
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Override
    public Duration take(RateLimit limit, String key) {
        if (away()) {
            return fallback.take(limit, key);
        }
        try {
            ConsumptionProbe probe = buckets.getProxy(key(limit, key), () -> configuration(limit))
                    .tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            failed(e);
            return fallback.take(limit, key);
        }
    }

    @Override
    public void giveBack(RateLimit limit, String key) {
        if (away()) {
            fallback.giveBack(limit, key);
            return;
        }
        try {
            String stored = key(limit, key);
            buckets.getProxyConfiguration(stored)
                    .ifPresent(configuration -> buckets.getProxy(stored, () -> configuration).addTokens(1));
        } catch (RuntimeException e) {
            failed(e);
            fallback.giveBack(limit, key);
        }
    }

    private boolean away() {
        return System.nanoTime() - redisAgainAt < 0;
    }

    private void failed(RuntimeException e) {
        redisAgainAt = System.nanoTime() + RETRY_AFTER.toNanos();
        log.warn("Rate limits are counted on this server alone for {} s: Redis did not answer ({})",
                RETRY_AFTER.toSeconds(), e.toString());
    }

    @Override
    public void destroy() {
        connection.close();
    }

    static String key(RateLimit limit, String key) {
        return KEY_PREFIX + limit.name() + ':' + limit.capacity() + '/' + limit.period().toMillis() + ':' + key;
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(),
                        limit.period()))
                .build();
    }
}
