package org.telerad.routing.upsrs.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The event channels open on this node, by subscriber AE title. A channel is anything that takes a text message
 * (the WebSocket endpoint registers its sessions). Events reach subscribers connected to the node where the change
 * happened; other nodes hear of it through the PostgreSQL relay ({@link EventRelay}).
 *
 * <p>A report for a subscriber with no open channel on this node is held (at most {@value #HELD_PER_SUBSCRIBER}
 * per subscriber, for {@link #HOLD_FOR}) and sent, in order, when the subscriber's channel opens: a subscriber that
 * subscribed and is still connecting, or reconnecting after a dropped connection, loses nothing. A subscriber
 * connected to another node may therefore hear a held report twice if it reconnects here soon after; reports are
 * state reports, so a repeat changes nothing for it. Thread safe: one monitor per subscriber.
 */
public final class SubscriberSessions {

    static final int HELD_PER_SUBSCRIBER = 500;
    static final Duration HOLD_FOR = Duration.ofMinutes(2);

    private static final Map<String, Subscriber> SUBSCRIBERS = new ConcurrentHashMap<>();
    private static volatile Clock clock = Clock.systemUTC();

    /** One subscriber's open channels and held reports; guarded by its own monitor. */
    private static final class Subscriber {
        final Set<Consumer<String>> open = new LinkedHashSet<>();
        final Deque<Held> held = new ArrayDeque<>();
    }

    private record Held(Instant at, String message) {
    }

    private SubscriberSessions() {
    }

    private static Subscriber of(String subscriberAe) {
        return SUBSCRIBERS.computeIfAbsent(subscriberAe, k -> new Subscriber());
    }

    /** Opens a channel of the subscriber and sends it the reports held for the subscriber, oldest first. */
    public static void open(String subscriberAe, Consumer<String> channel) {
        Subscriber s = of(subscriberAe);
        synchronized (s) {
            Instant oldest = clock.instant().minus(HOLD_FOR);
            for (Held h : s.held) {
                if (h.at().isAfter(oldest)) {
                    channel.accept(h.message());
                }
            }
            s.held.clear();
            s.open.add(channel);
        }
    }

    public static void close(String subscriberAe, Consumer<String> channel) {
        Subscriber s = SUBSCRIBERS.get(subscriberAe);
        if (s != null) {
            synchronized (s) {
                s.open.remove(channel);
            }
        }
    }

    /**
     * Sends the message to every open channel of the subscriber; answers how many took it. With none open, the
     * message is held for the subscriber's next channel (see the class comment) and the answer is 0.
     */
    public static int send(String subscriberAe, String message) {
        Subscriber s = of(subscriberAe);
        synchronized (s) {
            int sent = 0;
            for (Consumer<String> channel : List.copyOf(s.open)) {
                try {
                    channel.accept(message);
                    sent++;
                } catch (RuntimeException closed) {
                    s.open.remove(channel);
                }
            }
            if (sent == 0) {
                hold(s, message);
            }
            return sent;
        }
    }

    private static void hold(Subscriber s, String message) {
        Instant now = clock.instant();
        while (!s.held.isEmpty() && (s.held.size() >= HELD_PER_SUBSCRIBER
                || !s.held.peekFirst().at().isAfter(now.minus(HOLD_FOR)))) {
            s.held.removeFirst();
        }
        s.held.addLast(new Held(now, message));
    }

    /** For tests: the clock that dates held reports; answers the previous one. */
    static Clock useClock(Clock replacement) {
        Clock previous = clock;
        clock = replacement;
        return previous;
    }

    /** For tests: forgets every channel and held report. */
    static void reset() {
        SUBSCRIBERS.clear();
    }
}
