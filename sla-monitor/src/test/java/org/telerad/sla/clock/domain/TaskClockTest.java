package org.telerad.sla.clock.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.sla.testing.Contracts;

class TaskClockTest {

    private static final String WORKITEM = "2.25.1234567";
    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T00:00:00Z");

    private TaskClock statFinal() {
        return TaskClock.start(WORKITEM, Contracts.dallasDefaults(), Priority.STAT, ReadType.FINAL,
                Modality.of("CT"), clock.instant());
    }

    private static SlaTimer timer(TaskClock c, String key) {
        return c.pendingTimers(c.clock().startedAt()).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void every_node_names_a_workitems_clock_the_same() {
        assertThat(TaskClock.idFor(WORKITEM)).isEqualTo(TaskClock.idFor(WORKITEM))
                .isNotEqualTo(TaskClock.idFor(WORKITEM + "1"));
        assertThat(statFinal().id()).isEqualTo(TaskClock.idFor(WORKITEM));
    }

    @Test
    void a_claimed_timer_fires_once_with_its_due_and_fired_instants() {
        TaskClock c = statFinal();
        SlaTimer warning = timer(c, "WARNING");
        Instant late = warning.dueAt().plusSeconds(40);

        Optional<SlaEvent> fired = c.fireClaimed(warning, late);

        assertThat(fired).containsInstanceOf(SlaWarned.class);
        SlaWarned warned = (SlaWarned) fired.orElseThrow();
        assertThat(warned.scheduledFor()).isEqualTo(warning.dueAt());
        assertThat(warned.firedAt()).isEqualTo(late);
        assertThat(c.warnedAt()).contains(late);
        assertThat(c.fireClaimed(warning, late.plusSeconds(1))).as("once").isEmpty();
        assertThat(c.pendingTimers(late)).extracting(SlaTimer::key).doesNotContain("WARNING");
    }

    @Test
    void a_timer_claimed_before_its_instant_fires_nothing() {
        TaskClock c = statFinal();
        SlaTimer breach = timer(c, "BREACH");

        assertThat(c.fireClaimed(breach, breach.dueAt().minusSeconds(1))).isEmpty();
        assertThat(c.breached()).isFalse();
    }

    @Test
    void fired_escalation_steps_are_counted_and_the_breach_is_recorded() {
        TaskClock c = statFinal();
        Instant due = c.dueAt(clock.instant());

        c.fireClaimed(timer(c, "BREACH"), due);
        Optional<SlaEvent> step = c.fireClaimed(timer(c, "ESCALATION:1"), due);

        assertThat(step).hasValueSatisfying(e -> assertThat(((TaskEscalated) e).action())
                .isEqualTo(EscalationAction.REASSIGN));
        assertThat(c.breached()).isTrue();
        assertThat(c.breachedAt()).contains(due);
        assertThat(c.escalations()).isEqualTo(1);
    }

    @Test
    void a_task_completed_in_time_is_met_and_keeps_no_pending_timers() {
        TaskClock c = statFinal();
        c.assigned(clock.advance(Duration.ofMinutes(1)));
        c.claimed(clock.advance(Duration.ofMinutes(2)));

        List<SlaEvent> events = c.taskCompleted(clock.advance(Duration.ofMinutes(10)));

        assertThat(events).singleElement().isInstanceOf(SlaMet.class);
        assertThat(c.outcome()).contains(TaskClock.Outcome.MET);
        assertThat(c.stoppedBy()).contains(TaskClock.StoppedBy.TASK_COMPLETED);
        assertThat(c.breached()).isFalse();
        assertThat(c.pendingTimers(clock.instant())).isEmpty();
        assertThat(c.clock().turnaround()).contains(Duration.ofMinutes(13));
        assertThat(c.taskCompleted(clock.advance(Duration.ofMinutes(1)))).as("stopped for good").isEmpty();
    }

    @Test
    void a_task_completed_late_is_missed_and_its_breach_recorded_even_without_a_fired_timer() {
        TaskClock c = statFinal();

        List<SlaEvent> events = c.taskCompleted(clock.advance(Duration.ofMinutes(45)));

        assertThat(events).hasAtLeastOneElementOfType(SlaBreached.class).noneMatch(SlaMet.class::isInstance);
        assertThat(c.outcome()).contains(TaskClock.Outcome.MISSED);
        assertThat(c.breached()).isTrue();
    }

    @Test
    void a_canceled_task_stops_its_clock_without_a_verdict() {
        TaskClock c = statFinal();

        List<SlaEvent> events = c.taskCanceled(clock.advance(Duration.ofMinutes(5)));

        assertThat(events).isEmpty();
        assertThat(c.outcome()).contains(TaskClock.Outcome.CANCELED);
        assertThat(c.breached()).isFalse();
        assertThat(c.pendingTimers(clock.instant())).isEmpty();
    }

    @Test
    void a_preliminary_signature_does_not_stop_a_routine_final_clock_but_a_final_one_does() {
        TaskClock c = TaskClock.start(WORKITEM, Contracts.dallasDefaults(), Priority.ROUTINE, ReadType.FINAL, null,
                clock.instant());

        c.reportSigned(ReadType.PRELIMINARY, clock.advance(Duration.ofHours(1)));
        assertThat(c.stopped()).isFalse();
        c.reportSigned(ReadType.FINAL, clock.advance(Duration.ofHours(2)));

        assertThat(c.outcome()).contains(TaskClock.Outcome.MET);
        assertThat(c.stoppedBy()).contains(TaskClock.StoppedBy.REPORT_SIGNED);
    }

    @Test
    void a_priority_change_recomputes_the_due_time_under_the_same_contract_version() {
        TurnaroundContract v3 = Contracts.dallasDefaults().revised().revised();
        TaskClock c = TaskClock.start(WORKITEM, v3, Priority.URGENT, ReadType.FINAL, null, clock.instant());
        Instant start = clock.instant();

        c.changePriority(Priority.STAT, clock.advance(Duration.ofMinutes(5)));

        assertThat(c.dueAt(clock.instant())).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(c.clock().contractVersion()).isEqualTo(3);
    }

    @Test
    void a_stored_clock_restores_to_the_same_state() {
        TaskClock c = statFinal();
        c.assigned(clock.advance(Duration.ofMinutes(1)));
        c.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.advance(Duration.ofMinutes(1)));
        c.resume(clock.advance(Duration.ofMinutes(4)));
        c.fireClaimed(timer(c, "WARNING"), c.pendingTimers(clock.instant()).get(0).dueAt());

        TaskClock restored = TaskClock.restore(c.record(), Contracts.dallasDefaults());

        assertThat(restored.record()).isEqualTo(c.record());
        assertThat(restored.dueAt(clock.instant())).isEqualTo(c.dueAt(clock.instant()));
        assertThat(restored.pendingTimers(clock.instant())).isEqualTo(c.pendingTimers(clock.instant()));
    }
}
