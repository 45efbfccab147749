package com.clientele.base.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one server, and delivery to them; alone, the whole of {@link Broadcasts}. */
class LocalBroadcasts implements Broadcasts {

    private static final Logger log = LoggerFactory.getLogger(LocalBroadcasts.class);

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String topic, String message) {
        deliver(topic, message);
    }

    @Override
    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, name -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Hands the message to this server's listeners of the topic; one failing does not stop the others. */
    void deliver(String topic, String message) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on {}", topic, message, e);
            }
        }
    }
}
