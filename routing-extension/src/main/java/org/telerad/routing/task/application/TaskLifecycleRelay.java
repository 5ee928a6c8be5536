package org.telerad.routing.task.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.routing.api.TaskFacts;
import org.telerad.routing.api.TaskLifecycle;
import org.telerad.routing.api.TaskUrgency;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;

/**
 * Relays the reading task's internal {@link ReadingTaskEvent}s to other modules as {@link TaskLifecycle} events
 * of routing's API, synchronously and inside the transaction that changed the task, each with the task's
 * {@link TaskFacts} as stored in that transaction. Events other modules have no use for (a cancellation request,
 * an update that left the priority alone) are not relayed.
 */
@ApplicationScoped
public class TaskLifecycleRelay {

    @Inject
    ReadingTasks tasks;

    @Inject
    Event<TaskLifecycle> lifecycle;

    void relay(@Observes ReadingTaskEvent event) {
        Optional<ReadingTask> task = tasks.find(event.workitem());
        if (task.isEmpty()) {
            return;
        }
        translate(event, factsOf(task.get())).ifPresent(lifecycle::fire);
    }

    /** The API event for an internal one, or empty when it is not relayed. */
    static Optional<TaskLifecycle> translate(ReadingTaskEvent event, TaskFacts facts) {
        Instant at = event.occurredAt();
        TaskLifecycle relayed = null;
        if (event instanceof ReadingTaskEvent.ReadingTaskScheduled) {
            relayed = new TaskLifecycle.Scheduled(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskRevised e) {
            relayed = e.priorityChanged() ? new TaskLifecycle.PriorityChanged(facts, at)
                    : new TaskLifecycle.Revised(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskUpdated e && e.priorityChanged()) {
            relayed = new TaskLifecycle.PriorityChanged(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskAssigned) {
            relayed = new TaskLifecycle.Assigned(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskClaimed) {
            relayed = new TaskLifecycle.Claimed(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskCompleted) {
            relayed = new TaskLifecycle.Completed(facts, at);
        } else if (event instanceof ReadingTaskEvent.ReadingTaskCanceled) {
            relayed = new TaskLifecycle.Canceled(facts, at);
        }
        return Optional.ofNullable(relayed);
    }

    /** What other modules may know of a task: identifiers and routing facts, no patient data. */
    public static TaskFacts factsOf(ReadingTask task) {
        ReadingTask.Snapshot s = task.snapshot();
        String modality = s.facts() == null ? null : s.facts().modality();
        if (modality != null) {
            modality = modality.split("\\\\")[0].strip();
            modality = modality.isEmpty() ? null : modality;
        }
        return new TaskFacts(s.uid().value(), s.studyInstanceUid(), s.facilityCode(), urgencyOf(s.priority()),
                s.readType(), modality, stateOf(s.state()), s.performer() == null ? null : s.performer().code(),
                s.performer() == null ? null : s.performer().username(), s.claimedBy(), null, null, s.createdAt(),
                s.expectedCompletion());
    }

    static TaskUrgency urgencyOf(org.telerad.routing.task.domain.Priority priority) {
        return switch (priority) {
            case HIGH -> TaskUrgency.STAT;
            case MEDIUM -> TaskUrgency.URGENT;
            case LOW -> TaskUrgency.ROUTINE;
        };
    }

    static org.telerad.routing.task.domain.Priority priorityOf(TaskUrgency urgency) {
        return switch (urgency) {
            case STAT -> org.telerad.routing.task.domain.Priority.HIGH;
            case URGENT -> org.telerad.routing.task.domain.Priority.MEDIUM;
            case ROUTINE -> org.telerad.routing.task.domain.Priority.LOW;
        };
    }

    static TaskFacts.State stateOf(ProcedureStepState state) {
        return switch (state) {
            case SCHEDULED -> TaskFacts.State.SCHEDULED;
            case IN_PROGRESS -> TaskFacts.State.IN_PROGRESS;
            case COMPLETED -> TaskFacts.State.COMPLETED;
            case CANCELED -> TaskFacts.State.CANCELED;
        };
    }
}
