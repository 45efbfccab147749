package com.clientele.security;

import com.clientele.base.cluster.ClusterSettings;
import io.lettuce.core.RedisClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** One server alone counts its rate limits in memory; several (with {@code REDIS_URL}) count them in Redis. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_SET)
    RedisRateLimitBuckets redisRateLimitBuckets(LettuceConnectionFactory redis) {
        // the Redis client of base.cluster's connection factory (its threads and settings), one connection more
        return new RedisRateLimitBuckets((RedisClient) redis.getNativeClient());
    }

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_UNSET)
    LocalRateLimitBuckets localRateLimitBuckets() {
        return new LocalRateLimitBuckets();
    }
}
