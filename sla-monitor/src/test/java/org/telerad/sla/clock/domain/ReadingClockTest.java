package org.telerad.sla.clock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.StudyMoments;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.sla.testing.Contracts;

class ReadingClockTest {

    private static final Modality CT = Modality.of("CT");
    private static final Modality MR = Modality.of("MR");

    private final AdjustableClock clock = AdjustableClock.at("2026-11-27T22:00:00Z");
    private final UUID task = UUID.randomUUID();

    private ReadingClock startedNow(TurnaroundContract contract, Priority priority, ReadType readType,
            Modality modality) {
        Instant studyComplete = clock.instant();
        return ReadingClock.start(task, contract, priority, readType, modality,
                contract.clockStartsAt(StudyMoments.studyCompletedAt(studyComplete)));
    }

    private ReadingClock statCt() {
        return startedNow(Contracts.dallasDefaults(), Priority.STAT, ReadType.PRELIMINARY, CT);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void a_stat_ct_is_due_thirty_minutes_after_the_study_completes() {
        Instant studyComplete = clock.instant();
        ReadingClock readingClock = statCt();

        ClockReading reading = readingClock.at(clock.advance(minutes(10)));

        assertThat(reading.due()).isEqualTo(studyComplete.plus(minutes(30)));
        assertThat(reading.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(reading.timeToDue()).isEqualTo(minutes(20));
    }

    @Test
    void a_modality_specific_target_wins_over_the_general_one() {
        TurnaroundContract contract = Contracts.dallasDefaults()
                .withTarget(TurnaroundTarget.forModality(Priority.STAT, ReadType.PRELIMINARY, CT, minutes(20)));
        Instant start = clock.instant();

        ReadingClock ct = startedNow(contract, Priority.STAT, ReadType.PRELIMINARY, CT);
        ReadingClock mr = startedNow(contract, Priority.STAT, ReadType.PRELIMINARY, MR);

        assertThat(ct.dueTime(start)).isEqualTo(start.plus(minutes(20)));
        assertThat(mr.dueTime(start)).isEqualTo(start.plus(minutes(30)));
    }

    @Test
    void a_pause_for_priors_moves_the_due_time_by_its_length() {
        Instant start = clock.instant();
        ReadingClock readingClock = statCt();

        readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.advance(minutes(5)));
        readingClock.resume(clock.advance(minutes(12)));

        assertThat(readingClock.at(clock.instant()).due()).isEqualTo(start.plus(minutes(42)));
        assertThat(readingClock.pauses()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(PauseReason.WAITING_FOR_PRIORS);
            assertThat(p.lengthAsOf(clock.instant())).isEqualTo(minutes(12));
        });
    }

    @Test
    void an_open_pause_keeps_moving_the_due_time_and_fires_nothing() {
        Instant start = clock.instant();
        ReadingClock readingClock = statCt();
        readingClock.pauseFor(PauseReason.WAITING_FOR_CLINICAL_INFORMATION, clock.advance(minutes(10)));

        Instant later = clock.advance(minutes(60));

        assertThat(readingClock.passTo(later)).isEmpty();
        assertThat(readingClock.at(later).due()).isEqualTo(start.plus(minutes(90)));
        assertThat(readingClock.at(later).state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void a_second_pause_is_refused_until_the_first_is_resumed() {
        ReadingClock readingClock = statCt();
        readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.advance(minutes(1)));

        assertThatThrownBy(() -> readingClock.pauseFor(PauseReason.WAITING_FOR_CLINICAL_INFORMATION,
                clock.advance(minutes(1))))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-020"));
        assertThatThrownBy(() -> statCt().resume(clock.instant()))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-021"));
    }

    @Test
    void raising_the_priority_recomputes_the_due_time_from_the_same_start() {
        Instant start = clock.instant();
        ReadingClock readingClock = startedNow(Contracts.dallasDefaults(), Priority.ROUTINE, ReadType.FINAL, CT);
        assertThat(readingClock.dueTime(start)).isEqualTo(start.plus(Duration.ofHours(24)));

        readingClock.changePriority(Priority.STAT, clock.advance(minutes(10)));

        assertThat(readingClock.at(clock.instant()).due()).isEqualTo(start.plus(minutes(30)));
        assertThat(readingClock.contractVersion()).isEqualTo(1);
    }

    @Test
    void a_clock_keeps_the_contract_version_it_started_under() {
        Instant start = clock.instant();
        TurnaroundContract v1 = Contracts.dallasDefaults();
        ReadingClock readingClock = startedNow(v1, Priority.URGENT, ReadType.PRELIMINARY, CT);
        TurnaroundContract v2 = v1.revised()
                .withTarget(TurnaroundTarget.of(Priority.STAT, ReadType.PRELIMINARY, minutes(15)));

        readingClock.changePriority(Priority.STAT, clock.advance(minutes(5)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(readingClock.contractVersion()).isEqualTo(1);
        assertThat(readingClock.dueTime(clock.instant())).isEqualTo(start.plus(minutes(30)));
    }

    @Test
    void the_warning_fires_at_three_quarters_of_the_target() {
        Instant start = clock.instant();
        ReadingClock readingClock = statCt();

        assertThat(readingClock.passTo(clock.advance(Duration.ofSeconds(22 * 60 + 29)))).isEmpty();
        assertThat(readingClock.at(clock.instant()).state()).isEqualTo(SlaState.ON_TRACK);

        List<SlaEvent> events = readingClock.passTo(clock.advance(Duration.ofSeconds(1)));

        assertThat(events).filteredOn(SlaWarned.class::isInstance).singleElement().isEqualTo(
                new SlaWarned(task, start.plus(Duration.ofSeconds(22 * 60 + 30)), clock.instant(),
                        start.plus(minutes(30))));
        assertThat(readingClock.at(clock.instant()).state()).isEqualTo(SlaState.WARNING);
        assertThat(readingClock.passTo(clock.instant())).as("fires once").isEmpty();
    }

    @Test
    void the_breach_and_the_ladder_fire_in_order_each_once() {
        ReadingClock readingClock = statCt();

        List<SlaEvent> events = readingClock.passTo(clock.advance(minutes(35)));

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("SlaWarned",
                "TaskEscalated", "SlaBreached", "TaskEscalated");
        assertThat(events).filteredOn(TaskEscalated.class::isInstance).map(e -> ((TaskEscalated) e).action())
                .containsExactly(EscalationAction.NOTIFY_ASSIGNED_RADIOLOGIST, EscalationAction.REASSIGN);
        assertThat(readingClock.at(clock.instant()).state()).isEqualTo(SlaState.BREACHED);
        assertThat(readingClock.at(clock.instant()).timeToDue()).isEqualTo(minutes(-5));
        assertThat(readingClock.passTo(clock.advance(minutes(5)))).singleElement().isInstanceOfSatisfying(
                TaskEscalated.class, e -> assertThat(e.action()).isEqualTo(EscalationAction.NOTIFY_OPERATIONS_ON_CALL));
    }

    @Test
    void a_timer_due_while_nobody_looked_fires_late_recording_both_instants() {
        Instant start = clock.instant();
        ReadingClock readingClock = statCt();

        List<SlaEvent> events = readingClock.passTo(clock.advance(Duration.ofHours(3)));

        assertThat(events).filteredOn(SlaBreached.class::isInstance).singleElement()
                .isEqualTo(new SlaBreached(task, start.plus(minutes(30)), start.plus(Duration.ofHours(3))));
    }

    @Test
    void the_timers_are_values_for_a_durable_store() {
        Instant start = clock.instant();
        ReadingClock readingClock = startedNow(Contracts.dallasDefaults(), Priority.ROUTINE, ReadType.PRELIMINARY, CT);

        assertThat(readingClock.due(start)).extracting(SlaTimer::key, SlaTimer::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WARNING", start.plus(minutes(45))),
                org.assertj.core.groups.Tuple.tuple("ESCALATION:0", start.plus(minutes(45))),
                org.assertj.core.groups.Tuple.tuple("BREACH", start.plus(minutes(60))),
                org.assertj.core.groups.Tuple.tuple("ESCALATION:1", start.plus(minutes(60))),
                org.assertj.core.groups.Tuple.tuple("ESCALATION:2", start.plus(minutes(75))),
                org.assertj.core.groups.Tuple.tuple("AGEING:URGENT", start.plus(Duration.ofHours(12))),
                org.assertj.core.groups.Tuple.tuple("AGEING:STAT", start.plus(Duration.ofHours(24))));
    }

    @Test
    void a_routine_task_waiting_longer_than_the_maximum_wait_is_promoted() {
        Instant start = clock.instant();
        TurnaroundContract contract = Contracts.dallasDefaults().withMaximumWait(Duration.ofHours(4));
        ReadingClock readingClock = startedNow(contract, Priority.ROUTINE, ReadType.FINAL, MR);

        assertThat(readingClock.passTo(clock.advance(Duration.ofHours(3)))).isEmpty();
        List<SlaEvent> events = readingClock.passTo(clock.advance(Duration.ofHours(1)));

        assertThat(events).singleElement().isEqualTo(
                new TaskAged(task, Priority.ROUTINE, Priority.URGENT, start.plus(Duration.ofHours(4)), clock.instant()));
        assertThat(readingClock.queuePriority()).isEqualTo(Priority.URGENT);
        assertThat(readingClock.priority()).as("the contracted tier and due time stay").isEqualTo(Priority.ROUTINE);
        assertThat(readingClock.dueTime(clock.instant())).isEqualTo(start.plus(Duration.ofHours(24)));

        assertThat(readingClock.passTo(clock.advance(Duration.ofHours(4)))).singleElement()
                .isInstanceOfSatisfying(TaskAged.class, e -> assertThat(e.to()).isEqualTo(Priority.STAT));
        assertThat(readingClock.queuePriority()).isEqualTo(Priority.STAT);
    }

    @Test
    void a_stat_task_never_ages() {
        ReadingClock readingClock = statCt();

        assertThat(readingClock.due(clock.instant())).noneMatch(t -> t.kind() == TimerKind.AGEING);
    }

    @Test
    void the_clock_stops_when_the_report_is_signed_and_the_task_met_its_target() {
        Instant start = clock.instant();
        ReadingClock readingClock = statCt();
        readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.advance(minutes(5)));
        readingClock.resume(clock.advance(minutes(5)));

        List<SlaEvent> events = readingClock.reportSigned(ReadType.PRELIMINARY, clock.advance(minutes(15)));

        assertThat(events).singleElement().isEqualTo(
                new SlaMet(task, start.plus(minutes(35)), start.plus(minutes(25)), minutes(20)));
        assertThat(readingClock.at(clock.advance(Duration.ofHours(5))).state()).isEqualTo(SlaState.MET);
        assertThat(readingClock.at(clock.instant()).timeToDue()).isEqualTo(minutes(10));
        assertThat(readingClock.due(clock.instant())).isEmpty();
        assertThat(readingClock.passTo(clock.instant())).isEmpty();
        assertThatThrownBy(() -> readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.instant()))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-022"));
    }

    @Test
    void a_report_signed_after_the_due_time_missed_its_target() {
        ReadingClock readingClock = statCt();

        List<SlaEvent> events = readingClock.taskCompleted(clock.advance(minutes(31)));

        assertThat(events).noneMatch(SlaMet.class::isInstance).anyMatch(SlaBreached.class::isInstance);
        assertThat(readingClock.at(clock.instant()).state()).isEqualTo(SlaState.MISSED);
    }

    @Test
    void a_preliminary_does_not_stop_a_routine_final_clock() {
        ReadingClock readingClock = startedNow(Contracts.dallasDefaults(), Priority.ROUTINE, ReadType.FINAL, CT);

        assertThat(readingClock.reportSigned(ReadType.PRELIMINARY, clock.advance(minutes(40)))).isEmpty();
        assertThat(readingClock.stoppedAt()).isEmpty();
        assertThat(readingClock.reportSigned(ReadType.FINAL, clock.advance(minutes(40))))
                .singleElement().isInstanceOf(SlaMet.class);
    }

    @Test
    void nothing_happens_to_a_clock_before_it_started() {
        ReadingClock readingClock = statCt();

        assertThatThrownBy(() -> readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, clock.instant().minusSeconds(1)))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-023"));
    }

    @Test
    void lowering_the_priority_after_a_warning_lets_the_new_warning_fire_again() {
        TurnaroundContract contract = Contracts.dallasDefaults()
                .withLadder(List.of(EscalationStep.atBreach(EscalationAction.REASSIGN)));
        ReadingClock readingClock = startedNow(contract, Priority.STAT, ReadType.PRELIMINARY, CT);
        assertThat(readingClock.passTo(clock.advance(minutes(25)))).singleElement().isInstanceOf(SlaWarned.class);

        readingClock.changePriority(Priority.URGENT, clock.instant());

        assertThat(readingClock.at(clock.instant()).state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(readingClock.passTo(clock.advance(minutes(20)))).singleElement().isInstanceOf(SlaWarned.class);
    }

    @Test
    void a_preliminary_stops_a_stat_final_clock_but_says_why_it_does_not_stop_a_routine_one() {
        assertThat(SignedReportStopsTheClock.decide(Priority.STAT, ReadType.FINAL, ReadType.PRELIMINARY).allowed())
                .isTrue();
        assertThat(SignedReportStopsTheClock.decide(Priority.ROUTINE, ReadType.FINAL, ReadType.PRELIMINARY))
                .isInstanceOfSatisfying(Verdict.Rejected.class,
                        r -> assertThat(r.reason()).contains("preliminary report does not stop the final"));
    }
}
