package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * A radiologist gives back a SCHEDULED task assigned to them (or an admin does so on their behalf, with a
 * reason), and the task is re-routed at once, never back to them. One transaction holds the task's row lock:
 * release, re-routing decision, new assignment and audit entries commit together. When nobody else may read
 * it the task stays SCHEDULED without performer and appears in the unroutable queue. The new assignment fires
 * {@link ReadingTaskEvent.ReadingTaskAssigned}, which UPS-RS subscribers receive as an "assigned" event after
 * commit.
 *
 * <p>An IN PROGRESS task is refused ({@link ReadingTask#release}): PS3.4 has no IN PROGRESS &rarr; SCHEDULED
 * transition.
 */
@ApplicationScoped
public class TaskReleases {

    static final String OBJECT_TYPE = "ReadingTask";
    private static final int REASON_LIMIT = 200;

    @Inject
    ReadingTasks tasks;

    @Inject
    ReadingTaskRouting routing;

    @Inject
    RoutingDecisions decisions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<ReadingTaskEvent> events;

    /** What became of a released task: its new performer, or none (it now waits as unroutable). */
    public record Released(ReadingTask task, Performer releasedFrom, Optional<Performer> reassignedTo) {
    }

    @Transactional
    public Released release(WorkitemUid uid, String reason) {
        Caller caller = currentCaller.get();
        ReadingTask task = tasks.findForUpdate(uid).orElseThrow(() -> TeleradException.notFound("TELERAD-TASK-030",
                "There is no workitem " + uid.value() + " that you may see."));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_LIMIT) {
            why = why.substring(0, REASON_LIMIT);
        }
        String refusal = refusal(caller, task, why);
        if (refusal != null) {
            throw TeleradException.forbidden("TELERAD-ROUTING-070", refusal);
        }
        Optional<UUID> reader = decisions.currentAssigneeOf(uid.value());
        Instant now = clock.instant();
        Performer was = task.release(now);
        String onBehalf = was.isUser(caller.username()) ? "" : " on behalf of " + was.code();
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, OBJECT_TYPE,
                uid.value(), task.facilityCode(), "released by " + caller.username() + onBehalf
                        + (why == null ? "" : ": " + why)));
        return new Released(task, was, rerouteAway(task, reader, "released by " + caller.username() + onBehalf,
                now));
    }

    /**
     * Takes a SCHEDULED task away from {@code reader} and re-routes it to someone else ({@code trigger} says
     * why, e.g. "license or privilege no longer valid"; no patient data). Does nothing (empty) when the task
     * is no longer SCHEDULED or no longer assigned to {@code reader}: someone else acted first.
     */
    @Transactional
    public Optional<Released> reassignAway(WorkitemUid uid, UUID reader, String trigger) {
        return reassignAway(uid, reader, trigger, false);
    }

    /**
     * As {@link #reassignAway(WorkitemUid, UUID, String)}; with {@code unlessLocked}, a task whose row another
     * transaction holds (another node re-routing or claiming it right now) is skipped at once (empty) instead of
     * waited for: periodic checks leave it to their next run.
     */
    @Transactional
    public Optional<Released> reassignAway(WorkitemUid uid, UUID reader, String trigger, boolean unlessLocked) {
        Optional<ReadingTask> found = unlessLocked ? tasks.findForUpdateUnlessLocked(uid) : tasks.findForUpdate(uid);
        if (found.isEmpty() || found.get().state() != org.telerad.routing.task.domain.ProcedureStepState.SCHEDULED
                || found.get().performer().isEmpty()
                || !decisions.currentAssigneeOf(uid.value()).map(reader::equals).orElse(false)) {
            return Optional.empty();
        }
        ReadingTask task = found.get();
        Instant now = clock.instant();
        Performer was = task.release(now);
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, OBJECT_TYPE,
                uid.value(), task.facilityCode(), "assignment to performer " + was.code() + " withdrawn: " + trigger));
        return Optional.of(new Released(task, was, rerouteAway(task, Optional.of(reader), trigger, now)));
    }

    private Optional<Performer> rerouteAway(ReadingTask task, Optional<UUID> reader, String trigger, Instant now) {
        return new Rerouting(routing, tasks, audit, events).away(task, reader, trigger, now);
    }

    /**
     * Null when {@code caller} may release the task, else why not: the radiologist it is assigned to; a
     * credentialing admin, or the admin of the task's facility, on the reader's behalf with a reason.
     */
    static String refusal(Caller caller, ReadingTask task, String reason) {
        boolean own = task.performer().map(p -> p.isUser(caller.username())).orElse(false);
        if (caller.hasRole(Roles.RADIOLOGIST) && own) {
            return null;
        }
        boolean admin = caller.hasRole(Roles.CREDENTIALING_ADMIN) || (caller.hasRole(Roles.FACILITY_ADMIN)
                && task.facilityCode() != null && caller.managesFacility(task.facilityCode()));
        if (admin) {
            return reason == null ? "Releasing a task on a radiologist's behalf needs a reason." : null;
        }
        return "Only the radiologist a task is assigned to, a credentialing admin or the admin of the task's"
                + " facility (with a reason) may release it.";
    }
}
