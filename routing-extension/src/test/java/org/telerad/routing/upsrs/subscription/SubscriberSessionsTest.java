package org.telerad.routing.upsrs.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.shared.testing.AdjustableClock;

class SubscriberSessionsTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T02:00:00Z");
    private Clock previous;

    @BeforeEach
    void fresh() {
        SubscriberSessions.reset();
        previous = SubscriberSessions.useClock(clock);
    }

    @AfterEach
    void restore() {
        SubscriberSessions.useClock(previous);
        SubscriberSessions.reset();
    }

    @Test
    void a_report_for_a_subscriber_still_connecting_reaches_it_when_its_channel_opens() {
        assertThat(SubscriberSessions.send("ARCHIVE", "scheduled")).isZero();
        assertThat(SubscriberSessions.send("ARCHIVE", "in progress")).isZero();

        List<String> received = new ArrayList<>();
        SubscriberSessions.open("ARCHIVE", received::add);
        assertThat(SubscriberSessions.send("ARCHIVE", "completed")).isEqualTo(1);

        assertThat(received).containsExactly("scheduled", "in progress", "completed");
    }

    @Test
    void held_reports_are_sent_once_and_only_to_their_subscriber() {
        SubscriberSessions.send("ARCHIVE", "scheduled");
        List<String> other = new ArrayList<>();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        SubscriberSessions.open("WATCHER", other::add);
        SubscriberSessions.open("ARCHIVE", first::add);
        SubscriberSessions.open("ARCHIVE", second::add);

        assertThat(other).isEmpty();
        assertThat(first).containsExactly("scheduled");
        assertThat(second).isEmpty();
    }

    @Test
    void reports_older_than_the_hold_time_are_dropped() {
        SubscriberSessions.send("ARCHIVE", "stale");
        clock.advance(SubscriberSessions.HOLD_FOR.plus(Duration.ofSeconds(1)));
        SubscriberSessions.send("ARCHIVE", "fresh");

        List<String> received = new ArrayList<>();
        SubscriberSessions.open("ARCHIVE", received::add);

        assertThat(received).containsExactly("fresh");
    }

    @Test
    void at_most_a_bounded_number_of_reports_is_held_per_subscriber_keeping_the_newest() {
        for (int i = 0; i < SubscriberSessions.HELD_PER_SUBSCRIBER + 10; i++) {
            SubscriberSessions.send("ARCHIVE", "report " + i);
        }
        List<String> received = new ArrayList<>();
        SubscriberSessions.open("ARCHIVE", received::add);

        assertThat(received).hasSize(SubscriberSessions.HELD_PER_SUBSCRIBER).startsWith("report 10")
                .endsWith("report " + (SubscriberSessions.HELD_PER_SUBSCRIBER + 9));
    }

    @Test
    void a_channel_that_fails_is_closed_and_the_report_is_held_for_the_next() {
        Consumer<String> broken = m -> {
            throw new IllegalStateException("closed");
        };
        SubscriberSessions.open("ARCHIVE", broken);

        assertThat(SubscriberSessions.send("ARCHIVE", "scheduled")).isZero();
        List<String> received = new ArrayList<>();
        SubscriberSessions.open("ARCHIVE", received::add);

        assertThat(received).containsExactly("scheduled");
    }
}
