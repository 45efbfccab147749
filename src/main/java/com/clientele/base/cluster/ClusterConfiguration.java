package com.clientele.base.cluster;

import io.lettuce.core.RedisURI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * One server alone (no {@code app.redis.url}): broadcasts stay in this JVM and nothing connects to
 * Redis. With {@code app.redis.url} (env {@code REDIS_URL}, e.g. {@code redis://localhost:6379}), they
 * go through Redis. Boot's own Redis configuration is switched off (application.properties), so an
 * unset URL never means a connection to a default localhost.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_SET)
    LettuceConnectionFactory redisConnectionFactory(ClusterSettings settings) {
        RedisURI uri = RedisURI.create(settings.url());
        var configuration = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        configuration.setDatabase(uri.getDatabase());
        if (uri.getUsername() != null) {
            configuration.setUsername(uri.getUsername());
        }
        if (uri.getPassword() != null) {
            configuration.setPassword(uri.getPassword());
        }
        return new LettuceConnectionFactory(configuration);
    }

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_SET)
    RedisMessageListenerContainer redisMessageListenerContainer(LettuceConnectionFactory connections) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        return container;
    }

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_SET)
    Broadcasts redisBroadcasts(LettuceConnectionFactory connections, RedisMessageListenerContainer container) {
        return new RedisBroadcasts(new StringRedisTemplate(connections), container);
    }

    @Bean
    @ConditionalOnExpression(ClusterSettings.REDIS_UNSET)
    Broadcasts localBroadcasts() {
        return new LocalBroadcasts();
    }
}
