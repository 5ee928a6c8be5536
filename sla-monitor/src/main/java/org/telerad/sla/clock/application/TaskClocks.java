package org.telerad.sla.clock.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.ReadingTaskDirectory;
import org.telerad.routing.api.TaskDeadlines;
import org.telerad.routing.api.TaskFacts;
import org.telerad.routing.api.TaskLifecycle;
import org.telerad.routing.api.TaskReassignment;
import org.telerad.routing.api.TaskUrgency;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.api.ReadingClocks;
import org.telerad.sla.clock.domain.PauseReason;
import org.telerad.sla.clock.domain.SlaEvent;
import org.telerad.sla.clock.domain.SlaTimer;
import org.telerad.sla.clock.domain.StoredClocks;
import org.telerad.sla.clock.domain.TaskAged;
import org.telerad.sla.clock.domain.TaskClock;
import org.telerad.sla.clock.domain.TaskEscalated;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.StudyMoments;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.escalation.application.EscalationLadder;
import org.telerad.sla.timer.domain.TimersChanged;
import org.telerad.sla.timer.domain.DurableTimers;
import org.telerad.sla.timer.domain.FiredTimer;

/**
 * The reading clocks of tasks, driven by routing's {@link TaskLifecycle} events (observed synchronously, in the
 * transaction that changed the task, so a clock starts and stops atomically with its task), by signed reports
 * ({@link ReadingClocks}) and by fired timers.
 *
 * <ul>
 * <li>A task with a facility gets its clock at its first event (scheduled, or revised once the facility is
 * recognised) under the facility's current contract version, started at the contract's moment (study complete
 * when the moment is unknown); its due time goes into Expected Completion DateTime (0040,4011) and its timers into
 * the durable store.</li>
 * <li>A priority change recomputes the due time and timers under the same contract version; the echo of the
 * monitor's own ageing (the task's priority raised to the clock's queue priority) changes nothing.</li>
 * <li>COMPLETED (until reporting signs reports) and a signed report stop the clock with a verdict
 * ({@code SlaMet} or the breach on record) and drop its timers; CANCELED stops it without a verdict.</li>
 * <li>Assignment and claim instants are recorded for turnaround reports.</li>
 * </ul>
 * Each change is stored, then published ({@link SlaPublication}), then followed up (escalation ladder, ageing).
 */
@ApplicationScoped
public class TaskClocks implements ReadingClocks {

    private static final System.Logger LOG = System.getLogger(TaskClocks.class.getName());

    @Inject
    StoredClocks clocks;

    @Inject
    DurableTimers timers;

    @Inject
    ContractsInForce contracts;

    @Inject
    TaskDeadlines deadlines;

    @Inject
    ReadingTaskDirectory directory;

    @Inject
    SlaPublication publication;

    @Inject
    EscalationLadder ladder;

    @Inject
    Clock clock;

    @Inject
    Event<TimersChanged> timersChanged;

    // ---- routing's task life cycle ---------------------------------------------------------------------

    void onTaskLifecycle(@Observes TaskLifecycle event) {
        TaskFacts task = event.task();
        Optional<TaskClock.Record> stored = clocks.findForUpdate(task.workitemUid());
        if (stored.isEmpty()) {
            if (!task.state().isFinal()) {
                start(task, event.occurredAt());
            }
            return;
        }
        TaskClock c = restore(stored.get());
        if (c.stopped()) {
            return;
        }
        Instant at = event.occurredAt();
        if (event instanceof TaskLifecycle.PriorityChanged) {
            Priority to = priorityOf(task.urgency());
            if (to == c.clock().priority() || to == c.clock().queuePriority()) {
                return; // unchanged, or the echo of ageing: the contracted due time stays
            }
            List<SlaEvent> events = c.changePriority(to, at);
            Instant now = clock.instant();
            clocks.update(c, now);
            Instant due = c.dueAt(now);
            schedule(c, now);
            deadlines.expectCompletionBy(c.workitemUid(), due);
            publication.rescheduled(c, due);
            publication.publish(c, events);
            followUp(c, events);
        } else if (event instanceof TaskLifecycle.Assigned) {
            c.assigned(at);
            clocks.update(c, clock.instant());
        } else if (event instanceof TaskLifecycle.Claimed) {
            c.assigned(at);
            c.claimed(at);
            clocks.update(c, clock.instant());
        } else if (event instanceof TaskLifecycle.Completed) {
            stop(c, c.taskCompleted(at));
        } else if (event instanceof TaskLifecycle.Canceled) {
            stop(c, c.taskCanceled(at));
        }
    }

    // ---- reporting ---------------------------------------------------------------------------------------

    @Override
    @Transactional
    public void reportSigned(String workitemUid, ReadType signed, Instant signedAt) {
        Optional<TaskClock> found = clocks.findForUpdate(workitemUid).map(this::restore);
        if (found.isEmpty()) {
            if (directory.find(workitemUid).isPresent()) {
                return; // a task timed by no clock (no facility yet, or older than the SLA monitor)
            }
            throw TeleradException.notFound("TELERAD-SLA-040", "There is no workitem " + workitemUid + ".");
        }
        TaskClock c = found.get();
        if (c.stopped()) {
            return;
        }
        List<SlaEvent> events = c.reportSigned(signed, signedAt);
        if (c.stopped()) {
            stop(c, events);
        } else if (!events.isEmpty()) {
            clocks.update(c, clock.instant());
            publication.publish(c, events);
            followUp(c, events);
        }
    }

    // ---- pauses -------------------------------------------------------------------------------------------

    /** Pauses the task's clock for {@code reason} (audited); its timers move once it resumes. */
    @Transactional
    public void pause(String workitemUid, PauseReason reason) {
        TaskClock c = running(workitemUid);
        Instant now = clock.instant();
        List<SlaEvent> events = c.pauseFor(reason, now);
        clocks.update(c, now);
        timers.cancel(c.id());
        publication.paused(c, "SLA clock paused: " + reason);
        publication.publish(c, events);
        followUp(c, events);
    }

    /** Resumes the task's paused clock: due time and timers move by the pause (audited). */
    @Transactional
    public void resume(String workitemUid) {
        TaskClock c = running(workitemUid);
        Instant now = clock.instant();
        c.resume(now);
        clocks.update(c, now);
        Instant due = c.dueAt(now);
        schedule(c, now);
        deadlines.expectCompletionBy(c.workitemUid(), due);
        publication.paused(c, "SLA clock resumed: due " + SlaPublication.t(due));
    }

    // ---- API -----------------------------------------------------------------------------------------------

    /** The task's clock for {@code caller} (404 when there is none, or the caller may not see the task). */
    @Transactional
    public ClockView view(String workitemUid, org.telerad.shared.security.Caller caller) {
        TaskFacts task = visible(workitemUid, caller, false);
        return ClockView.of(clocks.findForUpdate(task.workitemUid()).map(this::restore)
                .orElseThrow(() -> noClock(workitemUid)), clock.instant());
    }

    /** Pauses the task's clock for {@code caller} (403 unless they may pause it). */
    @Transactional
    public ClockView pause(String workitemUid, PauseReason reason, org.telerad.shared.security.Caller caller) {
        visible(workitemUid, caller, true);
        pause(workitemUid, reason);
        return ClockView.of(running(workitemUid), clock.instant());
    }

    /** Resumes the task's paused clock for {@code caller}. */
    @Transactional
    public ClockView resume(String workitemUid, org.telerad.shared.security.Caller caller) {
        visible(workitemUid, caller, true);
        resume(workitemUid);
        return ClockView.of(running(workitemUid), clock.instant());
    }

    private TaskFacts visible(String workitemUid, org.telerad.shared.security.Caller caller, boolean toPause) {
        TaskFacts task = directory.find(workitemUid).filter(t -> ClockAccess.maySee(caller, t))
                .orElseThrow(() -> noClock(workitemUid));
        if (toPause && !ClockAccess.mayPause(caller, task)) {
            throw TeleradException.forbidden("TELERAD-SLA-042", "Only the task's radiologist, the admins of its"
                    + " facility, credentialing admins and Telerad services may pause or resume its clock.");
        }
        return task;
    }

    private static TeleradException noClock(String workitemUid) {
        return TeleradException.notFound("TELERAD-SLA-040", "There is no reading clock for workitem " + workitemUid
                + " that you may see.");
    }

    // ---- timers -------------------------------------------------------------------------------------------

    /**
     * Fires one claimed timer of a clock, in the caller's transaction: locks the clock, lets it fire the timer
     * (nothing when it stopped or the timer moved), stores it, publishes the event and follows it up.
     *
     * @return whether an event was fired
     */
    public boolean fire(FiredTimer fired) {
        Optional<TaskClock.Record> stored = clocks.findForUpdate(fired.timer().taskId());
        if (stored.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "SLA timer {0} of an unknown clock dropped", fired.timer().key());
            return false;
        }
        TaskClock c = restore(stored.get());
        Optional<SlaEvent> event = c.fireClaimed(fired.timer(), fired.firedAt());
        if (event.isEmpty()) {
            return false;
        }
        clocks.update(c, clock.instant());
        publication.publish(c, List.of(event.get()));
        followUp(c, List.of(event.get()));
        return true;
    }

    // ---- internals ----------------------------------------------------------------------------------------

    private void start(TaskFacts task, Instant occurredAt) {
        if (task.facilityCode() == null) {
            return; // the clock starts once the facility is known (a later Revised event)
        }
        TaskClock c;
        try {
            TurnaroundContract contract = contracts.currentFor(task.facilityCode());
            StudyMoments moments = new StudyMoments(task.orderedAt(), task.firstImageAt(), task.studyCompletedAt());
            Instant startedAt = moments.moment(contract.clockStart()).orElse(task.studyCompletedAt());
            c = TaskClock.start(task.workitemUid(), contract, priorityOf(task.urgency()), task.readType(),
                    modalityOf(task.modality()), startedAt);
        } catch (TeleradException e) {
            // never fail the task's own transaction for want of a clock: the task simply runs untimed
            LOG.log(System.Logger.Level.WARNING, "No SLA clock for workitem {0}: {1}", task.workitemUid(), e.code());
            return;
        }
        Instant startedAt = c.clock().startedAt();
        Instant seen = occurredAt.isBefore(startedAt) ? startedAt : occurredAt;
        if (task.assigned()) {
            c.assigned(seen);
        }
        if (task.state() == TaskFacts.State.IN_PROGRESS) {
            c.claimed(seen);
        }
        Instant now = clock.instant();
        if (!clocks.addIfAbsent(c, now)) {
            return;
        }
        Instant due = c.dueAt(now);
        schedule(c, now);
        deadlines.expectCompletionBy(c.workitemUid(), due);
        publication.started(c, due);
    }

    private void stop(TaskClock c, List<SlaEvent> events) {
        Instant now = clock.instant();
        clocks.update(c, now);
        timers.cancel(c.id());
        publication.publish(c, events);
        publication.stopped(c, c.clock().stoppedAt().orElse(now));
    }

    /** Acts on escalation steps reached and on ageing: after the clock is stored (they re-enter it). */
    private void followUp(TaskClock c, List<SlaEvent> events) {
        for (SlaEvent e : events) {
            if (e instanceof TaskEscalated x) {
                TaskReassignment.Reassignment r = ladder.escalate(c.workitemUid(), c.clock().facilityCode(),
                        x.step(), x.action(), x.firedAt());
                if (r.outcome() == TaskReassignment.Outcome.REASSIGNED) {
                    clocks.findForUpdate(c.workitemUid()).map(this::restore).ifPresent(fresh -> {
                        fresh.reassigned();
                        clocks.update(fresh, clock.instant());
                    });
                }
            } else if (e instanceof TaskAged aged) {
                deadlines.promoteInQueue(c.workitemUid(), urgencyOf(aged.to()));
            }
        }
    }

    private void schedule(TaskClock c, Instant now) {
        List<SlaTimer> pending = c.pendingTimers(now);
        timers.schedule(c.id(), pending);
        pending.stream().map(SlaTimer::dueAt).min(Comparator.naturalOrder())
                .ifPresent(earliest -> timersChanged.fire(new TimersChanged(earliest)));
    }

    private TaskClock running(String workitemUid) {
        TaskClock c = clocks.findForUpdate(workitemUid).map(this::restore)
                .orElseThrow(() -> TeleradException.notFound("TELERAD-SLA-040",
                        "There is no reading clock for workitem " + workitemUid + "."));
        if (c.stopped()) {
            throw TeleradException.conflict("TELERAD-SLA-022", "The reading clock of workitem " + workitemUid
                    + " has stopped.");
        }
        return c;
    }

    private TaskClock restore(TaskClock.Record r) {
        return TaskClock.restore(r, contracts.version(r.facilityCode(), r.contractVersion()));
    }

    static Priority priorityOf(TaskUrgency urgency) {
        return switch (urgency) {
            case STAT -> Priority.STAT;
            case URGENT -> Priority.URGENT;
            case ROUTINE -> Priority.ROUTINE;
        };
    }

    static TaskUrgency urgencyOf(Priority priority) {
        return switch (priority) {
            case STAT -> TaskUrgency.STAT;
            case URGENT -> TaskUrgency.URGENT;
            case ROUTINE -> TaskUrgency.ROUTINE;
        };
    }

    static Modality modalityOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Modality.of(code);
        } catch (TeleradException e) {
            return null;
        }
    }
}
