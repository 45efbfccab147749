package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.base.cluster.RedisServer;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two servers' buckets on one real Redis (Debian's redis-server): one limit between them. */
class RedisRateLimitBucketsTest {

    static final RateLimit LIMIT = new RateLimit("test-api", 3, Duration.ofMinutes(1));

    RedisServer redis;
    RedisClient clientA;
    RedisClient clientB;
    RedisRateLimitBuckets serverA;
    RedisRateLimitBuckets serverB;

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start();
        clientA = RedisClient.create(redis.url());
        clientB = RedisClient.create(redis.url());
        serverA = new RedisRateLimitBuckets(clientA);
        serverB = new RedisRateLimitBuckets(clientB);
    }

    @AfterEach
    void stop() throws Exception {
        serverA.destroy();
        serverB.destroy();
        clientA.shutdown();
        clientB.shutdown();
        redis.close();
    }

    @Test
    void aKeyHasOneBucketAcrossServers() {
        assertThat(serverA.take(LIMIT, "token-1")).isZero();
        assertThat(serverB.take(LIMIT, "token-1")).isZero();
        assertThat(serverA.take(LIMIT, "token-1")).isZero();

        Duration wait = serverB.take(LIMIT, "token-1");
        assertThat(wait).as("the fourth of a burst of three, on the other server").isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(serverA.take(LIMIT, "token-1")).isPositive();
        assertThat(serverA.take(LIMIT, "token-2")).as("another key has its own bucket").isZero();
    }

    @Test
    void oneGivenBackOnOneServerCanBeTakenOnTheOther() {
        for (int i = 0; i < 3; i++) {
            serverA.take(LIMIT, "someone@example.com");
        }
        assertThat(serverB.take(LIMIT, "someone@example.com")).isPositive();

        serverB.giveBack(LIMIT, "someone@example.com");

        assertThat(serverA.take(LIMIT, "someone@example.com")).isZero();
        assertThat(serverA.take(LIMIT, "someone@example.com")).isPositive();
    }

    @Test
    void anotherLimitForTheSameNameIsAnotherBucket() {
        RateLimit wider = new RateLimit(LIMIT.name(), 5, LIMIT.period());
        for (int i = 0; i < 3; i++) {
            serverA.take(LIMIT, "token-1");
        }
        assertThat(RedisRateLimitBuckets.key(wider, "token-1")).isNotEqualTo(RedisRateLimitBuckets.key(LIMIT, "token-1"));
        assertThat(serverB.take(wider, "token-1")).as("a server started with the wider limit").isZero();
    }

    @Test
    void withoutRedisEachServerLimitsOnItsOwn() throws Exception {
        redis.close();

        for (int i = 0; i < 3; i++) {
            assertThat(serverA.take(LIMIT, "token-1")).isZero();
        }
        assertThat(serverA.take(LIMIT, "token-1")).as("still limited, in this server's memory").isPositive();
        assertThat(serverB.take(LIMIT, "token-1")).as("the other server has its own count meanwhile").isZero();
    }
}
