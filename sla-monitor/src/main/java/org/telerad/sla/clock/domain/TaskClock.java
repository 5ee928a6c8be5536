package org.telerad.sla.clock.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * A reading task's turnaround record: its {@link ReadingClock} plus what turnaround reports need to explain a
 * result (first assignment, claim, warning and breach instants, escalations and re-assignments taken) and how
 * the clock stopped (a signed report, the task completed, or canceled without a verdict).
 *
 * <p>Identity: the workitem UID; the clock id (the durable timers' task id) is derived from it
 * ({@link #idFor}), so every node names the same clock the same way. Every verb returns the clock's events,
 * which it has already taken into its own record. Not thread safe: changed under the clock row's lock.
 */
public final class TaskClock {

    /** What stopped the clock. */
    public enum StoppedBy {
        REPORT_SIGNED, TASK_COMPLETED, TASK_CANCELED
    }

    /** The verdict of a stopped clock; CANCELED is none. */
    public enum Outcome {
        MET, MISSED, CANCELED
    }

    private final String workitemUid;
    private final ReadingClock clock;
    private Instant firstAssignedAt;
    private Instant claimedAt;
    private Instant warnedAt;
    private Instant breachedAt;
    private int escalations;
    private int reassignments;
    private StoppedBy stoppedBy;
    private Outcome outcome;

    private TaskClock(String workitemUid, ReadingClock clock) {
        this.workitemUid = SlaErrors.required(workitemUid, "workitemUid");
        this.clock = SlaErrors.required(clock, "clock");
    }

    /** The clock id of a workitem: a name-based UUID, the same on every node. */
    public static UUID idFor(String workitemUid) {
        return UUID.nameUUIDFromBytes(("telerad:sla:clock:" + workitemUid).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the clock of a task at {@code startedAt} under {@code contract}. */
    public static TaskClock start(String workitemUid, TurnaroundContract contract, Priority priority,
            ReadType readType, Modality modality, Instant startedAt) {
        return new TaskClock(workitemUid, ReadingClock.start(idFor(workitemUid), contract, priority, readType,
                modality, startedAt));
    }

    /** A clock as stored, under the contract version it started under. */
    public static TaskClock restore(Record r, TurnaroundContract contract) {
        TaskClock c = new TaskClock(r.workitemUid(), ReadingClock.restore(r.clock(), contract));
        c.firstAssignedAt = r.firstAssignedAt();
        c.claimedAt = r.claimedAt();
        c.warnedAt = r.warnedAt();
        c.breachedAt = r.breachedAt();
        c.escalations = r.escalations();
        c.reassignments = r.reassignments();
        c.stoppedBy = r.stoppedBy();
        c.outcome = r.outcome();
        return c;
    }

    /** The stored form: the clock's snapshot and the bookkeeping around it. */
    public record Record(String workitemUid, String facilityCode, int contractVersion, ReadingClock.Snapshot clock,
            Instant firstAssignedAt, Instant claimedAt, Instant warnedAt, Instant breachedAt, int escalations,
            int reassignments, StoppedBy stoppedBy, Outcome outcome) {
        public Record {
            Objects.requireNonNull(workitemUid, "workitemUid");
            Objects.requireNonNull(facilityCode, "facilityCode");
            Objects.requireNonNull(clock, "clock");
        }
    }

    public Record record() {
        return new Record(workitemUid, clock.facilityCode(), clock.contractVersion(), clock.snapshot(),
                firstAssignedAt, claimedAt, warnedAt, breachedAt, escalations, reassignments, stoppedBy, outcome);
    }

    // ---- verbs ------------------------------------------------------------------------------------------

    /** A radiologist was written into the task; only the first assignment is kept. */
    public void assigned(Instant at) {
        if (firstAssignedAt == null) {
            firstAssignedAt = SlaErrors.required(at, "at");
        }
    }

    /** The task was claimed (IN PROGRESS); only the first claim is kept. */
    public void claimed(Instant at) {
        if (claimedAt == null) {
            claimedAt = SlaErrors.required(at, "at");
        }
    }

    /** The escalation ladder handed the task to another radiologist. */
    public void reassigned() {
        reassignments++;
    }

    /** Changes the contracted priority (see {@link ReadingClock#changePriority}); no-op once stopped. */
    public List<SlaEvent> changePriority(Priority to, Instant at) {
        if (stopped() || to == clock.priority()) {
            return List.of();
        }
        return noted(clock.changePriority(to, notBeforeLastChange(at)));
    }

    /** Fires one claimed timer (see {@link ReadingClock#fireClaimed}). */
    public Optional<SlaEvent> fireClaimed(SlaTimer timer, Instant firedAt) {
        Optional<SlaEvent> event = clock.fireClaimed(timer, firedAt);
        event.ifPresent(e -> noted(List.of(e)));
        return event;
    }

    /** The task completed: stops the clock with a verdict; no-op once stopped. */
    public List<SlaEvent> taskCompleted(Instant at) {
        if (stopped()) {
            return List.of();
        }
        Instant when = notBeforeLastChange(at);
        List<SlaEvent> events = noted(clock.taskCompleted(when));
        stoppedWith(StoppedBy.TASK_COMPLETED, when);
        return events;
    }

    /**
     * A report of {@code signed} type was signed: stops the clock with a verdict when that signature stops it
     * ({@link SignedReportStopsTheClock}); no-op once stopped.
     */
    public List<SlaEvent> reportSigned(ReadType signed, Instant at) {
        if (stopped()) {
            return List.of();
        }
        Instant when = notBeforeLastChange(at);
        List<SlaEvent> events = noted(clock.reportSigned(signed, when));
        if (clock.stoppedAt().isPresent()) {
            stoppedWith(StoppedBy.REPORT_SIGNED, when);
        }
        return events;
    }

    /** The task was canceled: the clock stops without a verdict; no-op once stopped. */
    public List<SlaEvent> taskCanceled(Instant at) {
        if (stopped()) {
            return List.of();
        }
        List<SlaEvent> events = noted(clock.withdraw(notBeforeLastChange(at)));
        stoppedBy = StoppedBy.TASK_CANCELED;
        outcome = Outcome.CANCELED;
        return events;
    }

    /** Pauses the clock (see {@link ReadingClock#pauseFor}). */
    public List<SlaEvent> pauseFor(PauseReason reason, Instant at) {
        return noted(clock.pauseFor(reason, notBeforeLastChange(at)));
    }

    /** Resumes the open pause (see {@link ReadingClock#resume}). */
    public void resume(Instant at) {
        clock.resume(notBeforeLastChange(at));
    }

    // ---- questions --------------------------------------------------------------------------------------

    public String workitemUid() {
        return workitemUid;
    }

    public UUID id() {
        return clock.taskId();
    }

    public ReadingClock clock() {
        return clock;
    }

    public boolean stopped() {
        return outcome != null;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** True once the breach timer fired, or the clock stopped after its due time. */
    public boolean breached() {
        return breachedAt != null || outcome == Outcome.MISSED;
    }

    public Optional<Instant> breachedAt() {
        return Optional.ofNullable(breachedAt);
    }

    public Optional<Instant> firstAssignedAt() {
        return Optional.ofNullable(firstAssignedAt);
    }

    public Optional<Instant> claimedAt() {
        return Optional.ofNullable(claimedAt);
    }

    public Optional<Instant> warnedAt() {
        return Optional.ofNullable(warnedAt);
    }

    public int escalations() {
        return escalations;
    }

    public int reassignments() {
        return reassignments;
    }

    public Optional<StoppedBy> stoppedBy() {
        return Optional.ofNullable(stoppedBy);
    }

    /** The due time as of {@code asOf} (an open pause counted up to it; for a stopped clock, at its stop). */
    public Instant dueAt(Instant asOf) {
        return clock.dueTime(clock.stoppedAt().orElse(asOf));
    }

    public Duration target() {
        return clock.target();
    }

    /** The pending timers as of {@code asOf}, for the durable store. */
    public List<SlaTimer> pendingTimers(Instant asOf) {
        return stopped() ? List.of() : clock.due(asOf);
    }

    // ---- internals --------------------------------------------------------------------------------------

    private void stoppedWith(StoppedBy by, Instant at) {
        stoppedBy = by;
        outcome = clock.at(at).state() == SlaState.MET ? Outcome.MET : Outcome.MISSED;
        if (outcome == Outcome.MISSED && breachedAt == null) {
            breachedAt = at;
        }
    }

    private Instant notBeforeLastChange(Instant at) {
        SlaErrors.required(at, "at");
        Instant last = clock.snapshot().lastChange();
        return at.isBefore(last) ? last : at;
    }

    private List<SlaEvent> noted(List<SlaEvent> events) {
        List<SlaEvent> list = new ArrayList<>(events);
        for (SlaEvent e : list) {
            if (e instanceof SlaWarned w && warnedAt == null) {
                warnedAt = w.firedAt();
            } else if (e instanceof SlaBreached b && breachedAt == null) {
                breachedAt = b.firedAt();
            } else if (e instanceof TaskEscalated) {
                escalations++;
            }
        }
        return list;
    }
}
