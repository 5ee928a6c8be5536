package org.telerad.routing.upsrs.subscription;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The event channels open on this node, by subscriber AE title. A channel is anything that takes a text
 * message (the WebSocket endpoint registers its sessions). Thread safe. Events reach subscribers connected
 * to the node where the change happened; several nodes would relay through PostgreSQL LISTEN/NOTIFY.
 */
public final class SubscriberSessions {

    private static final Map<String, Set<Consumer<String>>> OPEN = new ConcurrentHashMap<>();

    private SubscriberSessions() {
    }

    public static void open(String subscriberAe, Consumer<String> channel) {
        OPEN.computeIfAbsent(subscriberAe, k -> ConcurrentHashMap.newKeySet()).add(channel);
    }

    public static void close(String subscriberAe, Consumer<String> channel) {
        Set<Consumer<String>> channels = OPEN.get(subscriberAe);
        if (channels != null) {
            channels.remove(channel);
        }
    }

    /** Sends the message to every open channel of the subscriber; answers how many took it. */
    public static int send(String subscriberAe, String message) {
        int sent = 0;
        for (Consumer<String> channel : OPEN.getOrDefault(subscriberAe, Set.of())) {
            try {
                channel.accept(message);
                sent++;
            } catch (RuntimeException closed) {
                close(subscriberAe, channel);
            }
        }
        return sent;
    }
}
