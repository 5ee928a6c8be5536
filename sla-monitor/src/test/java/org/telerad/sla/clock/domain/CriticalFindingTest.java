package org.telerad.sla.clock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class CriticalFindingTest {

    private static final Instant RECORDED = Instant.parse("2026-11-28T01:00:00Z");
    private static final UUID FINDING = UUID.randomUUID();

    @Test
    void a_category_1_finding_not_communicated_in_time_is_overdue_once() {
        CriticalFinding f = CriticalFinding.recorded(FINDING, "2.25.1", 1, RECORDED, Duration.ofMinutes(60));

        assertThat(f.dueAt()).isEqualTo(RECORDED.plus(Duration.ofMinutes(60)));
        assertThat(f.timer().key()).isEqualTo(CriticalFinding.TIMER_KEY);
        CriticalFinding late = f.overdue(f.dueAt().plusSeconds(3)).orElseThrow();
        assertThat(late.overdueFiredAt()).isEqualTo(f.dueAt().plusSeconds(3));
        assertThat(late.overdue(f.dueAt().plusSeconds(4))).as("once").isEmpty();
    }

    @Test
    void a_finding_communicated_in_time_is_never_overdue() {
        CriticalFinding f = CriticalFinding.recorded(FINDING, "2.25.1", 2, RECORDED, Duration.ofHours(24))
                .communicated(RECORDED.plus(Duration.ofHours(2)));

        assertThat(f.overdue(RECORDED.plus(Duration.ofHours(25)))).isEmpty();
        assertThat(f.communicated(RECORDED.plus(Duration.ofHours(3))).communicatedAt())
                .as("the first documentation counts").isEqualTo(RECORDED.plus(Duration.ofHours(2)));
    }

    @Test
    void a_category_3_finding_has_no_timer_and_other_categories_are_refused() {
        assertThat(CriticalFinding.recorded(FINDING, "2.25.1", 3, RECORDED, null).overdue(RECORDED.plusSeconds(1)))
                .isEmpty();
        assertThatThrownBy(() -> CriticalFinding.recorded(FINDING, "2.25.1", 4, RECORDED, null))
                .isInstanceOf(TeleradException.class).hasMessageContaining("category");
    }
}
