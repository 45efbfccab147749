package com.clientele.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Two servers' broadcasts through one real Redis: each hears the other's messages on the topics it
 * listens to, and its own exactly once, at once, on the publishing thread.
 */
class RedisBroadcastsTest {

    static RedisServer redis;
    static Server one;
    static Server two;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        one = new Server(redis.url());
        two = new Server(redis.url());
    }

    @AfterAll
    static void stop() throws Exception {
        one.close();
        two.close();
        redis.close();
    }

    @Test
    void aMessageReachesEveryServerOnceAndThisOneAtOnce() {
        List<String> heardByOne = new CopyOnWriteArrayList<>();
        List<String> heardByTwo = new CopyOnWriteArrayList<>();
        List<String> otherTopic = new CopyOnWriteArrayList<>();
        one.broadcasts.subscribe("live-updates", heardByOne::add);
        two.broadcasts.subscribe("live-updates", heardByTwo::add);
        two.broadcasts.subscribe("sessions-end", otherTopic::add);

        one.broadcasts.publish("live-updates", "42");

        assertThat(heardByOne).as("delivered here before publish returned").containsExactly("42");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(heardByTwo).containsExactly("42"));
        two.broadcasts.publish("live-updates", "7");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(heardByOne).containsExactly("42", "7"));
        assertThat(heardByTwo).as("its own message once, not again from Redis").containsExactly("42", "7");
        assertThat(otherTopic).isEmpty();
    }

    @Test
    void aServerWithoutRedisStillHearsItsOwnMessages() {
        var local = new LocalBroadcasts();
        List<String> heard = new CopyOnWriteArrayList<>();
        local.subscribe("sessions-end", heard::add);
        local.subscribe("sessions-end", message -> {
            throw new IllegalStateException("a failing listener does not stop the others");
        });
        local.subscribe("sessions-end", heard::add);

        local.publish("sessions-end", "5 session-id");

        assertThat(heard).containsExactly("5 session-id", "5 session-id");
    }

    /** One application server's Redis side, made as ClusterConfiguration makes it. */
    static final class Server implements AutoCloseable {

        final LettuceConnectionFactory connections;
        final RedisMessageListenerContainer container;
        final Broadcasts broadcasts;

        Server(String url) throws Exception {
            var configuration = new ClusterConfiguration();
            connections = configuration.redisConnectionFactory(new ClusterSettings(url));
            connections.afterPropertiesSet();
            connections.start();
            container = configuration.redisMessageListenerContainer(connections);
            broadcasts = configuration.redisBroadcasts(connections, container);
            container.afterPropertiesSet();
            container.start();
            // the subscription is made asynchronously; wait until Redis counts it
            await().atMost(Duration.ofSeconds(5)).until(() -> container.isListening());
        }

        @Override
        public void close() throws Exception {
            container.stop();
            container.destroy();
            connections.destroy();
        }
    }
}
