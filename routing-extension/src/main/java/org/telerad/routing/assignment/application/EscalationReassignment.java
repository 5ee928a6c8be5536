package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.api.TaskReassignment;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;

/**
 * {@link TaskReassignment} for the SLA monitor's escalation ladder, the way {@link TaskReleases} re-routes a
 * released task: under the task's row lock, the current reader (the current decision's assignee) is released
 * and excluded, {@link ReadingTaskRouting#reroute} decides again with the ladder's trigger, the new performer is
 * written into the task, and release and re-assignment are audited in the same transaction. The new assignment
 * fires {@link ReadingTaskEvent.ReadingTaskAssigned} (an Assigned event report for UPS-RS subscribers after
 * commit). A SCHEDULED task nobody was assigned to is routed again without exclusion.
 */
@ApplicationScoped
public class EscalationReassignment implements TaskReassignment {

    static final String OBJECT_TYPE = "ReadingTask";

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
    Event<ReadingTaskEvent> events;

    @Override
    @Transactional
    public Reassignment reassign(String workitemUid, String trigger) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(workitemUid);
        } catch (TeleradException | IllegalArgumentException e) {
            return Reassignment.of(Outcome.UNKNOWN);
        }
        Optional<ReadingTask> found = tasks.findForUpdate(uid);
        if (found.isEmpty()) {
            return Reassignment.of(Outcome.UNKNOWN);
        }
        ReadingTask task = found.get();
        if (task.state() == ProcedureStepState.IN_PROGRESS) {
            return new Reassignment(Outcome.CLAIMED, task.performer().map(Performer::code).orElse(null), null);
        }
        if (task.state() != ProcedureStepState.SCHEDULED) {
            return Reassignment.of(Outcome.CLOSED);
        }
        Instant now = clock.instant();
        Optional<UUID> reader = Optional.empty();
        String from = null;
        if (task.performer().isPresent()) {
            reader = decisions.currentAssigneeOf(uid.value());
            Performer was = task.release(now);
            from = was.code();
            audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, OBJECT_TYPE,
                    uid.value(), task.facilityCode(), "assignment to performer " + was.code() + " withdrawn: "
                            + trigger));
        }
        String to = new Rerouting(routing, tasks, audit, events).away(task, reader, trigger, now)
                .map(Performer::code).orElse(null);
        return new Reassignment(to != null ? Outcome.REASSIGNED : Outcome.LEFT_UNASSIGNED, from, to);
    }
}
