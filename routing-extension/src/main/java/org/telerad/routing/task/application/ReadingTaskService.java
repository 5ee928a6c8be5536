package org.telerad.routing.task.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTask.CancellationOutcome;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.StateChange;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.TaskChanges;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.TaskRefusal;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Reading task use cases. Each method is one transaction: load (locked), let the aggregate decide, store,
 * audit (PROCEDURE_RECORD with the workitem UID, no patient values) and publish the aggregate's events as CDI
 * events (observers choose their transaction phase).
 *
 * <p><b>Routing runs after the intake commits.</b> A new, re-prioritised or newly enriched SCHEDULED task fires
 * {@link TaskAwaitsRouting}; {@link RoutingAfterCommit} observes it once the transaction has committed and calls
 * {@link #routeNow} in a transaction of its own, off the request thread. A routing failure therefore never
 * fails or loses the intake, and the UPS-RS create answer does not wait for routing; a task left SCHEDULED
 * without a decision (node stopped, routing failed) is routed by the assignment feature's sweep.
 */
@ApplicationScoped
public class ReadingTaskService {

    static final String OBJECT_TYPE = "ReadingTask";
    private static final System.Logger LOG = System.getLogger(ReadingTaskService.class.getName());

    @Inject
    ReadingTasks tasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<ReadingTaskEvent> events;

    @Inject
    Instance<TaskRouting> routing;

    /** Routing after commit; null (in-memory wiring for tests) routes at once, in the caller's thread. */
    @Inject
    Event<TaskAwaitsRouting> awaitingRouting;

    /** The task an intake ended with, and whether it was created now (else an existing one was revised). */
    public record Intake(ReadingTask task, boolean created) {
    }

    /**
     * Creates the task for the request, or revises the one that exists for the same study and read type (also
     * when another node creates it at the same moment). A new task, or one whose priority changed, is routed.
     *
     * @param proposed the workitem UID the requestor proposed, null to let Telerad assign one
     */
    @Transactional
    public Intake schedule(ReadingRequest request, WorkitemUid proposed) {
        Instant now = clock.instant();
        ReadingTask task = ReadingTask.schedule(proposed != null ? proposed : WorkitemUid.generate(), request, now);
        if (tasks.addIfAbsent(task)) {
            audit(task, AuditAction.CREATE, "scheduled " + task.readType().code() + " read, priority "
                    + task.priority() + source(request));
            publish(task);
            task = route(task, false);
            return new Intake(task, true);
        }
        ReadingTask existing = tasks.findForUpdate(request.studyInstanceUid(), request.readType())
                .orElseThrow(() -> new IllegalStateException("the task for the study vanished during intake"));
        if (existing.reviseFrom(request, now)) {
            tasks.update(existing);
            audit(existing, AuditAction.UPDATE, "revised from a repeated request" + source(request));
            boolean reprioritised = publish(existing);
            existing = tasks.findForUpdate(existing.uid()).orElseThrow();
            if (reprioritised) {
                existing = route(existing, true);
            }
        }
        return new Intake(existing, false);
    }

    /**
     * Takes in what the sending archive told about a task's study after intake (facts, Retrieve AE titles, the
     * recognised facility) and routes the task when it changed (or {@code routeAnyway}), is SCHEDULED and nobody
     * is assigned yet. Answers the task, or empty when it no longer exists.
     */
    @Transactional
    public Optional<ReadingTask> enrich(WorkitemUid uid, StudyFacts facts, Map<String, String> retrieveAeTitles,
            String facilityCode, String recognitionNote, boolean routeAnyway) {
        Optional<ReadingTask> found = tasks.findForUpdate(uid);
        if (found.isEmpty()) {
            return found;
        }
        ReadingTask task = found.get();
        Instant now = clock.instant();
        boolean changed = task.enrich(facts, retrieveAeTitles, facilityCode, now);
        if (changed) {
            tasks.update(task);
            audit(task, AuditAction.UPDATE, "enriched from its archive" + (recognitionNote == null ? ""
                    : "; " + recognitionNote));
            publish(task);
            task = tasks.findForUpdate(uid).orElseThrow();
        }
        if ((changed || routeAnyway) && task.performer().isEmpty()) {
            task = route(task, false);
        }
        return Optional.of(task);
    }

    /** The task, if the caller may see it. */
    @Transactional
    public ReadingTask get(WorkitemUid uid) {
        Caller caller = currentCaller.get();
        ReadingTask task = tasks.find(uid).orElseThrow(() -> unknown(uid));
        if (!TaskAccess.maySee(caller, task)) {
            throw unknown(uid);
        }
        return task;
    }

    /** Tasks matching the criteria that the caller may see; at most {@code limit + 1} (to tell if more exist). */
    @Transactional
    public List<ReadingTask> search(TaskCriteria criteria, int offset, int limit) {
        Caller caller = currentCaller.get();
        TaskCriteria scoped = TaskAccess.actsForAnyPerformer(caller) ? criteria : criteria.onlyFor(caller.username());
        return tasks.search(scoped, offset, limit);
    }

    /** A UPS Change State (RAD-82): claim, complete or cancel. */
    @Transactional
    public StateChange changeState(WorkitemUid uid, ProcedureStepState target, TransactionUid transaction) {
        Caller caller = currentCaller.get();
        ReadingTask task = tasks.findForUpdate(uid).orElseThrow(() -> unknown(uid));
        boolean forAny = TaskAccess.actsForAnyPerformer(caller);
        if (!forAny && !task.belongsTo(caller.username())) {
            throw new TaskRefusal(TaskRefusal.Reason.ASSIGNED_TO_ANOTHER,
                    "The workitem is not assigned to you; only its assigned performer may change its state.");
        }
        StateChange change = task.changeState(target, transaction, caller.username(), forAny, clock.instant());
        if (change == StateChange.CHANGED) {
            tasks.update(task);
            audit(task, action(target), "state changed to " + target.dicom());
            publish(task);
        }
        return change;
    }

    /** A UPS Update (RAD-84). */
    @Transactional
    public void update(WorkitemUid uid, TaskChanges changes, TransactionUid transaction) {
        Caller caller = currentCaller.get();
        ReadingTask task = tasks.findForUpdate(uid).orElseThrow(() -> unknown(uid));
        if (!TaskAccess.maySee(caller, task)) {
            throw unknown(uid);
        }
        Instant now = clock.instant();
        boolean reprioritised = task.update(changes, transaction, now);
        tasks.update(task);
        audit(task, AuditAction.UPDATE, "updated" + (reprioritised ? ", priority " + task.priority() : ""));
        publish(task);
        if (reprioritised && task.state() == ProcedureStepState.SCHEDULED) {
            route(task, true);
        }
    }

    /** A UPS Request Cancellation (RAD-88). */
    @Transactional
    public CancellationOutcome requestCancellation(WorkitemUid uid, String reason, String requester) {
        Caller caller = currentCaller.get();
        ReadingTask task = tasks.findForUpdate(uid).orElseThrow(() -> unknown(uid));
        if (!TaskAccess.maySee(caller, task)) {
            throw unknown(uid);
        }
        CancellationOutcome outcome = task.requestCancellation(requester != null ? requester : caller.username(),
                reason, clock.instant());
        tasks.update(task);
        audit(task, outcome == CancellationOutcome.CANCELED ? AuditAction.DELETE : AuditAction.UPDATE,
                outcome == CancellationOutcome.CANCELED ? "canceled on request" : "cancellation requested");
        publish(task);
        return outcome;
    }

    /**
     * Routes the SCHEDULED task {@code uid} now, in a transaction of its own that locks the task's row: asks
     * routing for a radiologist and writes the answer into Scheduled Human Performers. Idempotent: a task that
     * is no longer SCHEDULED, or already has a performer (unless {@code evenIfAssigned}, for a re-prioritised
     * task), is left as it is. Routing's failures propagate (the transaction rolls back, the task stays
     * unassigned and the sweep tries again); they never touch the intake, which has committed before.
     *
     * @return the task as it is after routing, empty when it does not exist
     */
    @Transactional
    public Optional<ReadingTask> routeNow(WorkitemUid uid, boolean evenIfAssigned) {
        Optional<ReadingTask> found = tasks.findForUpdate(uid);
        if (found.isEmpty() || routing.isUnsatisfied()) {
            return found;
        }
        ReadingTask task = found.get();
        if (task.state() != ProcedureStepState.SCHEDULED || (!evenIfAssigned && task.performer().isPresent())) {
            return found;
        }
        return Optional.of(routeLocked(task));
    }

    /**
     * The sweep's {@link #routeNow}: routes the SCHEDULED, unassigned task {@code uid} only when routing never
     * decided about it, and skips it (empty) when another transaction holds its row ({@code FOR UPDATE SKIP
     * LOCKED}: another node is routing it). Both checked under the row lock, so of two nodes sweeping at once
     * exactly one decides each task, also a task nobody may read (one unroutable decision, one alert).
     *
     * @return the task as it is after routing; empty when it does not exist or is locked
     */
    @Transactional
    public Optional<ReadingTask> routeIfUndecided(WorkitemUid uid) {
        Optional<ReadingTask> found = tasks.findForUpdateUnlessLocked(uid);
        if (found.isEmpty() || routing.isUnsatisfied()) {
            return found;
        }
        ReadingTask task = found.get();
        if (task.state() != ProcedureStepState.SCHEDULED || task.performer().isPresent()
                || routing.get().decided(task)) {
            return found;
        }
        return Optional.of(routeLocked(task));
    }

    /** Routes the task whose row this transaction holds and writes the answer into it. */
    private ReadingTask routeLocked(ReadingTask task) {
        Optional<TaskRouting.Assignment> assignment = routing.get().route(task);
        if (assignment.isEmpty()) {
            return task;
        }
        Instant now = clock.instant();
        TaskRouting.Assignment a = assignment.get();
        boolean preliminaryFirst = a.readAs() == ReadType.PRELIMINARY && task.readPreliminarilyFirst(now);
        if (task.assignTo(a.performer(), a.due(), now) || preliminaryFirst) {
            tasks.update(task);
            audit(task, AuditAction.UPDATE, "assigned to performer " + a.performer().code()
                    + (a.readAs() == ReadType.PRELIMINARY ? " for a preliminary read" : ""));
            publish(task);
        }
        return task;
    }

    /**
     * Schedules the final read that must follow the preliminary task {@code preliminary} (a cross-border
     * preliminary read): the same study, patient, request, series and priority, read type FINAL (DCM 128005).
     * Idempotent: the task key is study and read type, so a repeated call revises the existing final task.
     * The new task is routed after commit like any other; routing keeps it with readers licensed where the
     * patient was scanned (a FINAL task whose study has a PRELIMINARY task never goes abroad).
     *
     * @return the final task, empty when {@code preliminary} does not exist or is not a preliminary task
     */
    @Transactional
    public Optional<Intake> scheduleFinalAfter(WorkitemUid preliminary) {
        Optional<ReadingTask> found = tasks.find(preliminary);
        if (found.isEmpty() || found.get().readType() != ReadType.PRELIMINARY) {
            return Optional.empty();
        }
        ReadingTask.Snapshot p = found.get().snapshot();
        ReadingRequest finalRead = new ReadingRequest(p.studyInstanceUid(), ReadType.FINAL, p.patient(), p.request(),
                p.inputs(), p.procedureStepLabel(), p.worklistLabel(), p.priority(), p.inputReadiness(),
                p.facilityCode(), p.facts(), null, null, p.sourceArchive());
        return Optional.of(schedule(finalRead, null));
    }

    /**
     * Asks for the task to be routed once this transaction commits; answers the task as the caller should
     * hand it on (routed already only with the in-memory wiring, which routes at once).
     */
    private ReadingTask route(ReadingTask task, boolean evenIfAssigned) {
        if (routing.isUnsatisfied() || task.state() != ProcedureStepState.SCHEDULED) {
            return task;
        }
        if (awaitingRouting != null) {
            awaitingRouting.fire(new TaskAwaitsRouting(task.uid(), evenIfAssigned));
            return task;
        }
        try {
            return routeNow(task.uid(), evenIfAssigned).orElse(task);
        } catch (TeleradException e) {
            LOG.log(System.Logger.Level.INFO, "Workitem {0} left unassigned: {1}", task.uid(), e.code());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Workitem {0} left unassigned: routing failed with {1}", task.uid(),
                    e.getClass().getName());
        }
        return tasks.find(task.uid()).orElse(task);
    }

    /** Publishes and clears the task's events; answers whether one of them changed the priority. */
    private boolean publish(ReadingTask task) {
        boolean reprioritised = false;
        for (ReadingTaskEvent e : task.takeEvents()) {
            events.fire(e);
            if (e instanceof ReadingTaskEvent.ReadingTaskRevised revised && revised.priorityChanged()) {
                reprioritised = true;
            }
        }
        return reprioritised;
    }

    private void audit(ReadingTask task, AuditAction action, String detail) {
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, action, OBJECT_TYPE, task.uid().value(),
                task.facilityCode(), detail));
    }

    private static AuditAction action(ProcedureStepState target) {
        return target == ProcedureStepState.CANCELED ? AuditAction.DELETE : AuditAction.UPDATE;
    }

    private static String source(ReadingRequest request) {
        return request.sourceArchive() == null ? "" : ", from archive " + request.sourceArchive();
    }

    private static TeleradException unknown(WorkitemUid uid) {
        return TeleradException.notFound("TELERAD-TASK-030",
                "There is no workitem " + uid.value() + " that you may see.");
    }
}
