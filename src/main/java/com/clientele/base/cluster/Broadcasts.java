package com.clientele.base.cluster;

import java.util.function.Consumer;

/**
 * Messages to every server of the application: live screens to refresh, sessions to end. A message is
 * handed to this server's listeners at once, on the publishing thread (so what it triggers here is
 * done when {@link #publish} returns), and to the other servers' listeners as soon as they receive
 * it. Delivery to other servers is at most once and only to servers running at that moment: use it
 * for what acts on a server's memory (open screens, sessions), never for work that must not be lost.
 */
public interface Broadcasts {

    /** Sends the message on the topic to every server's listeners of that topic. */
    void publish(String topic, String message);

    /** Calls the listener with every message on the topic, this server's and the others'. */
    void subscribe(String topic, Consumer<String> listener);
}
