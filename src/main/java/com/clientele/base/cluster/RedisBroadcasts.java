package com.clientele.base.cluster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * {@link Broadcasts} between servers through Redis pub/sub: a message is delivered here at once and
 * published on the channel {@code clientele:<topic>} with this server's id in front, so every other
 * server hands it to its listeners and this one, which delivered it already, ignores its own copy.
 */
class RedisBroadcasts implements Broadcasts, MessageListener {

    static final String CHANNEL_PREFIX = "clientele:";
    private static final Logger log = LoggerFactory.getLogger(RedisBroadcasts.class);

    private final LocalBroadcasts local = new LocalBroadcasts();
    private final String serverId = UUID.randomUUID().toString();
    private final StringRedisTemplate redis;

    RedisBroadcasts(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.redis = redis;
        container.addMessageListener(this, new PatternTopic(CHANNEL_PREFIX + "*"));
    }

    @Override
    public void publish(String topic, String message) {
        local.deliver(topic, message);
        try {
            redis.convertAndSend(CHANNEL_PREFIX + topic, serverId + " " + message);
        } catch (RuntimeException e) {
            // The change itself committed; other servers' screens refresh on their next change or reload.
            log.warn("Could not broadcast {} on {} to the other servers", message, topic, e);
        }
    }

    @Override
    public void subscribe(String topic, Consumer<String> listener) {
        local.subscribe(topic, listener);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        int space = body.indexOf(' ');
        if (!channel.startsWith(CHANNEL_PREFIX) || space < 0 || body.substring(0, space).equals(serverId)) {
            return;
        }
        local.deliver(channel.substring(CHANNEL_PREFIX.length()), body.substring(space + 1));
    }
}
