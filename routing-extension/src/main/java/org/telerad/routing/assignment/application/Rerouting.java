package org.telerad.routing.assignment.application;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.event.Event;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.application.TaskRouting;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * The second half of taking a SCHEDULED task from its reader, shared by {@link TaskReleases} and
 * {@link EscalationReassignment}: {@link ReadingTaskRouting#reroute} decides again without the released reader;
 * a new performer is written into the task (read preliminarily first when so routed) and audited; the task is
 * stored and its events fired. Runs in the caller's transaction, under its row lock.
 */
record Rerouting(ReadingTaskRouting routing, ReadingTasks tasks, AuditTrail audit, Event<ReadingTaskEvent> events) {

    /** The task's new performer, or empty when nobody else may read it (it waits as unroutable). */
    Optional<Performer> away(ReadingTask task, Optional<UUID> reader, String trigger, Instant now) {
        Set<UUID> releasedBy = new LinkedHashSet<>();
        reader.ifPresent(releasedBy::add);
        Optional<TaskRouting.Assignment> assignment = routing.reroute(task, trigger, releasedBy);
        Optional<Performer> next = Optional.empty();
        if (assignment.isPresent()) {
            TaskRouting.Assignment a = assignment.get();
            if (a.readAs() == ReadType.PRELIMINARY) {
                task.readPreliminarilyFirst(now);
            }
            task.assignTo(a.performer(), a.due(), now);
            next = Optional.of(a.performer());
            audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE,
                    TaskReleases.OBJECT_TYPE, task.uid().value(), task.facilityCode(), "re-assigned to performer "
                            + a.performer().code() + " (" + trigger + ")"));
        }
        tasks.update(task);
        for (ReadingTaskEvent e : task.takeEvents()) {
            events.fire(e);
        }
        return next;
    }
}
