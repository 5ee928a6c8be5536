package org.telerad.routing.dicomweb.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AccessAuditWindowTest {

    Instant now = Instant.parse("2026-11-28T01:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final AccessAuditWindow window = new AccessAuditWindow(Duration.ofMinutes(5), clock);

    @Test
    void the_first_read_of_a_study_is_audited_and_the_next_ones_within_five_minutes_are_not() {
        assertThat(window.opens("rad-tx", "1.2.3")).isTrue();
        now = now.plusSeconds(299);
        assertThat(window.opens("rad-tx", "1.2.3")).isFalse();
        now = now.plusSeconds(1);
        assertThat(window.opens("rad-tx", "1.2.3")).isTrue();
    }

    @Test
    void each_caller_and_each_study_has_its_own_window() {
        assertThat(window.opens("rad-tx", "1.2.3")).isTrue();
        assertThat(window.opens("auditor", "1.2.3")).isTrue();
        assertThat(window.opens("rad-tx", "1.2.4")).isTrue();
    }

    @Test
    void a_forgotten_window_audits_the_next_read() {
        window.opens("rad-tx", "1.2.3");
        window.forget("rad-tx", "1.2.3");
        assertThat(window.opens("rad-tx", "1.2.3")).isTrue();
    }
}
