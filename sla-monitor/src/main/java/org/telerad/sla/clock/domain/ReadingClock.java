package org.telerad.sla.clock.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * The turnaround clock of one reading task.
 *
 * <p><b>Life cycle.</b> {@link #start started} at an instant under one {@link TurnaroundContract} version for a
 * priority, read type and modality → running, possibly {@link #pauseFor paused} and {@link #resume resumed}
 * any number of times, its priority {@link #changePriority changed} → stopped for good when the report of its
 * read type is {@link #reportSigned signed} (until reporting exists: when the task {@link #taskCompleted
 * completes}). While running it is ON_TRACK, then WARNING, then BREACHED; once stopped it is MET or MISSED.
 *
 * <p><b>Invariants.</b> due = start + target + paused time, the target taken from the contract version the clock
 * started under (a priority change recomputes it from the same start under the same version); at most one
 * pause is open, and it must be resumed before another starts; nothing changes once stopped; time given to
 * a verb never runs before the start or before the previous change. Each timer (warning, breach, each ladder
 * step, each ageing step) fires at most once per schedule; {@link #passTo} returns the events of the timers
 * whose instant has passed. Ageing promotes the <em>queue</em> priority one tier after each maximum wait (so
 * a routine task cannot starve) but keeps the contracted due time; an explicit priority change moves both.
 *
 * <p><b>Thread safety.</b> Not thread safe: one clock belongs to one task and is changed under that task's
 * lock (the durable timer store claims each timer once).
 */
public final class ReadingClock {

    private static final String WARNING = "WARNING";
    private static final String BREACH = "BREACH";
    private static final String ESCALATION = "ESCALATION:";
    private static final String AGEING = "AGEING:";

    private final UUID taskId;
    private final TurnaroundContract contract;
    private final ReadType readType;
    private final Modality modality;
    private final Instant startedAt;
    private Priority priority;
    private Priority queuePriority;
    private final List<Pause> pauses = new ArrayList<>();
    private final Set<String> fired = new HashSet<>();
    private Instant lastChange;
    private Instant stoppedAt;

    private ReadingClock(UUID taskId, TurnaroundContract contract, Priority priority, ReadType readType,
            Modality modality, Instant startedAt) {
        this.taskId = SlaErrors.required(taskId, "taskId");
        this.contract = SlaErrors.required(contract, "contract");
        this.priority = SlaErrors.required(priority, "priority");
        this.queuePriority = priority;
        this.readType = SlaErrors.required(readType, "readType");
        this.modality = modality;
        this.startedAt = SlaErrors.required(startedAt, "startedAt");
        this.lastChange = startedAt;
    }

    /** Starts a task's clock at {@code startedAt} under {@code contract} (whose version it keeps). */
    public static ReadingClock start(UUID taskId, TurnaroundContract contract, Priority priority, ReadType readType,
            Modality modality, Instant startedAt) {
        return new ReadingClock(taskId, contract, priority, readType, modality, startedAt);
    }

    /**
     * A clock as stored: {@code state} as {@link #snapshot()} answered it, under the contract version it started
     * under (which the caller reads again by facility and version).
     */
    public static ReadingClock restore(Snapshot state, TurnaroundContract contract) {
        SlaErrors.required(state, "state");
        ReadingClock clock = new ReadingClock(state.taskId(), contract, state.priority(), state.readType(),
                state.modality(), state.startedAt());
        clock.queuePriority = SlaErrors.required(state.queuePriority(), "queuePriority");
        clock.pauses.addAll(state.pauses());
        clock.fired.addAll(state.firedKeys());
        clock.lastChange = SlaErrors.required(state.lastChange(), "lastChange");
        clock.stoppedAt = state.stoppedAt();
        return clock;
    }

    /** Everything a store keeps of this clock besides its contract (kept by facility and version). */
    public Snapshot snapshot() {
        return new Snapshot(taskId, priority, queuePriority, readType, modality, startedAt, List.copyOf(pauses),
                Set.copyOf(fired), lastChange, stoppedAt);
    }

    /** The stored form of a clock; {@code firedKeys} are the keys of the timers that fired. */
    public record Snapshot(UUID taskId, Priority priority, Priority queuePriority, ReadType readType,
            Modality modality, Instant startedAt, List<Pause> pauses, Set<String> firedKeys, Instant lastChange,
            Instant stoppedAt) {
        public Snapshot {
            pauses = pauses == null ? List.of() : List.copyOf(pauses);
            firedKeys = firedKeys == null ? Set.of() : Set.copyOf(firedKeys);
        }
    }

    // ---- verbs ------------------------------------------------------------------------------------------

    /** Pauses the clock for {@code reason}; returns the events of timers that passed before {@code at}. */
    public List<SlaEvent> pauseFor(PauseReason reason, Instant at) {
        SlaErrors.required(reason, "reason");
        List<SlaEvent> events = change(at);
        Optional<Pause> open = openPause();
        if (open.isPresent()) {
            throw TeleradException.conflict(SlaErrors.PAUSE_OPEN, "the clock is already paused ("
                    + open.get().reason() + " since " + open.get().from() + "); resume it before pausing again");
        }
        pauses.add(Pause.began(reason, at));
        return events;
    }

    /** Resumes the open pause; its length moves every pending timer. */
    public void resume(Instant at) {
        Pause open = openPause().orElseThrow(() -> TeleradException.conflict(SlaErrors.NOT_PAUSED,
                "the clock is not paused"));
        change(at);
        pauses.set(pauses.size() - 1, open.endedAt(at));
    }

    /**
     * Changes the contracted priority: the due time is recomputed from the same start under the same contract
     * version; timers now in the future may fire again, timers now in the past fire at the next pass.
     */
    public List<SlaEvent> changePriority(Priority newPriority, Instant at) {
        SlaErrors.required(newPriority, "priority");
        List<SlaEvent> events = change(at);
        priority = newPriority;
        queuePriority = newPriority;
        for (SlaTimer t : fullSchedule(at)) {
            if (t.dueAt().isAfter(at)) {
                fired.remove(t.key());
            }
        }
        return events;
    }

    /**
     * A report of {@code signed} type was signed at {@code at}: stops this clock when
     * {@link SignedReportStopsTheClock} allows it (the clock's read type, a final, or any read of a STAT task). Returns the events of
     * timers passed before signing and {@link SlaMet} when signed by the due time.
     */
    public List<SlaEvent> reportSigned(ReadType signed, Instant at) {
        SlaErrors.required(signed, "readType");
        if (SignedReportStopsTheClock.decide(priority, readType, signed).allowed()) {
            return stop(at);
        }
        return passTo(at);
    }

    /** The task completed: stops the clock (stands in for signing until reports exist). */
    public List<SlaEvent> taskCompleted(Instant at) {
        return stop(at);
    }

    /**
     * Fires one timer a durable store claimed at {@code firedAt}: its event when the timer is still pending in
     * this clock's schedule and due by then (stored instants are cut to the microsecond), else nothing (the clock
     * stopped, the timer fired already, or a pause moved it later and its new instant is stored anew).
     */
    public Optional<SlaEvent> fireClaimed(SlaTimer claimed, Instant firedAt) {
        SlaErrors.required(claimed, "timer");
        SlaErrors.required(firedAt, "firedAt");
        if (stoppedAt != null) {
            return Optional.empty();
        }
        for (SlaTimer t : schedule(firedAt)) {
            if (t.key().equals(claimed.key())) {
                if (t.dueAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS).isAfter(firedAt)) {
                    return Optional.empty();
                }
                return Optional.of(fire(t, firedAt));
            }
        }
        return Optional.empty();
    }

    /**
     * The task was canceled: the clock stops without a verdict (no {@link SlaMet}); returns the events of timers
     * that passed before.
     */
    public List<SlaEvent> withdraw(Instant at) {
        List<SlaEvent> events = change(at);
        openPause().ifPresent(p -> pauses.set(pauses.size() - 1, p.endedAt(at)));
        stoppedAt = at;
        return events;
    }

    /**
     * Lets time pass to {@code now}: every pending timer due at or before it fires once, in order, and its
     * event is returned (with both its scheduled and its fired instant). Idempotent for the same instant.
     */
    public List<SlaEvent> passTo(Instant now) {
        SlaErrors.required(now, "now");
        List<SlaEvent> events = new ArrayList<>();
        if (stoppedAt != null) {
            return events;
        }
        boolean more = true;
        while (more) {
            more = false;
            for (SlaTimer t : schedule(now)) {
                if (!t.dueAt().isAfter(now)) {
                    events.add(fire(t, now));
                    more = t.kind() == TimerKind.AGEING; // ageing changes the queue tier: recompute
                    if (more) {
                        break;
                    }
                }
            }
        }
        return events;
    }

    // ---- questions --------------------------------------------------------------------------------------

    /** The state and time to due at {@code now}. */
    public ClockReading at(Instant now) {
        SlaErrors.required(now, "now");
        Instant due = dueTime(stoppedAt != null ? stoppedAt : now);
        if (stoppedAt != null) {
            return new ClockReading(stoppedAt.isAfter(due) ? SlaState.MISSED : SlaState.MET, due,
                    Duration.between(stoppedAt, due));
        }
        SlaState state = !now.isBefore(due) ? SlaState.BREACHED
                : !now.isBefore(warningTime(now)) ? SlaState.WARNING : SlaState.ON_TRACK;
        return new ClockReading(state, due, Duration.between(now, due));
    }

    /**
     * The pending timers as of {@code asOf} (an open pause counted up to it), earliest first: the values a
     * durable timer store persists. Empty once stopped.
     */
    public List<SlaTimer> due(Instant asOf) {
        SlaErrors.required(asOf, "asOf");
        if (stoppedAt != null) {
            return List.of();
        }
        return schedule(asOf);
    }

    /** The due time as of {@code asOf} (an open pause counted up to it). */
    public Instant dueTime(Instant asOf) {
        return startedAt.plus(target()).plus(pausedAsOf(asOf));
    }

    public Duration target() {
        return contract.targetFor(priority, readType, modality);
    }

    /** Time from start to stop less paused time; empty while running. */
    public Optional<Duration> turnaround() {
        return Optional.ofNullable(stoppedAt).map(s -> Duration.between(startedAt, s).minus(pausedAsOf(s)));
    }

    public UUID taskId() {
        return taskId;
    }

    public String facilityCode() {
        return contract.facilityCode();
    }

    public int contractVersion() {
        return contract.version();
    }

    public Priority priority() {
        return priority;
    }

    /** The priority the task is queued at: the contracted one, or higher once aged. */
    public Priority queuePriority() {
        return queuePriority;
    }

    public ReadType readType() {
        return readType;
    }

    public Optional<Modality> modality() {
        return Optional.ofNullable(modality);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).open() ? Optional.empty()
                : Optional.of(pauses.get(pauses.size() - 1));
    }

    // ---- internals --------------------------------------------------------------------------------------

    private List<SlaEvent> stop(Instant at) {
        List<SlaEvent> events = change(at);
        openPause().ifPresent(p -> pauses.set(pauses.size() - 1, p.endedAt(at)));
        stoppedAt = at;
        Instant due = dueTime(at);
        if (!at.isAfter(due)) {
            events.add(new SlaMet(taskId, due, at, turnaround().orElseThrow()));
        }
        return events;
    }

    private List<SlaEvent> change(Instant at) {
        SlaErrors.required(at, "at");
        if (stoppedAt != null) {
            throw TeleradException.conflict(SlaErrors.CLOCK_STOPPED,
                    "the clock stopped at " + stoppedAt + " and no longer changes");
        }
        if (at.isBefore(startedAt)) {
            throw TeleradException.invalid(SlaErrors.BEFORE_START, "at",
                    "the clock started at " + startedAt + "; nothing happens to it before");
        }
        if (at.isBefore(lastChange)) {
            throw TeleradException.invalid(SlaErrors.TIME_RUNS_BACKWARDS, "at",
                    "the clock last changed at " + lastChange + "; changes arrive in time order");
        }
        List<SlaEvent> events = passTo(at);
        lastChange = at;
        return events;
    }

    private SlaEvent fire(SlaTimer t, Instant now) {
        fired.add(t.key());
        return switch (t.kind()) {
            case WARNING -> new SlaWarned(taskId, t.dueAt(), now, dueTime(now));
            case BREACH -> new SlaBreached(taskId, t.dueAt(), now);
            case ESCALATION -> {
                int step = Integer.parseInt(t.key().substring(ESCALATION.length()));
                yield new TaskEscalated(taskId, step, contract.ladder().get(step).action(), t.dueAt(), now);
            }
            case AGEING -> {
                Priority from = queuePriority;
                queuePriority = Priority.valueOf(t.key().substring(AGEING.length()));
                yield new TaskAged(taskId, from, queuePriority, t.dueAt(), now);
            }
        };
    }

    private List<SlaTimer> schedule(Instant asOf) {
        List<SlaTimer> timers = fullSchedule(asOf);
        timers.removeIf(t -> fired.contains(t.key()));
        return timers;
    }

    private List<SlaTimer> fullSchedule(Instant asOf) {
        Duration paused = pausedAsOf(asOf);
        Instant base = startedAt.plus(paused);
        Duration target = target();
        List<SlaTimer> timers = new ArrayList<>();
        timers.add(new SlaTimer(taskId, WARNING, TimerKind.WARNING, base.plus(share(target, contract.warningShare()))));
        timers.add(new SlaTimer(taskId, BREACH, TimerKind.BREACH, base.plus(target)));
        List<EscalationStep> ladder = contract.ladder();
        for (int i = 0; i < ladder.size(); i++) {
            timers.add(new SlaTimer(taskId, ESCALATION + i, TimerKind.ESCALATION,
                    base.plus(share(target, ladder.get(i).shareOfTarget()))));
        }
        Optional<Priority> next = priority.promoted();
        for (int k = 1; next.isPresent(); k++) {
            timers.add(new SlaTimer(taskId, AGEING + next.get().name(), TimerKind.AGEING,
                    base.plus(contract.maximumWait().multipliedBy(k))));
            next = next.get().promoted();
        }
        timers.sort(Comparator.comparing(SlaTimer::dueAt).thenComparing(SlaTimer::kind));
        return timers;
    }

    private Instant warningTime(Instant asOf) {
        return startedAt.plus(pausedAsOf(asOf)).plus(share(target(), contract.warningShare()));
    }

    private Duration pausedAsOf(Instant asOf) {
        return pauses.stream().map(p -> p.lengthAsOf(asOf)).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration share(Duration target, double share) {
        return Duration.ofMillis(Math.round(target.toMillis() * share));
    }
}
