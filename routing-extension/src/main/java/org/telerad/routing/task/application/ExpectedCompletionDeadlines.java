package org.telerad.routing.task.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.api.TaskDeadlines;
import org.telerad.routing.api.TaskUrgency;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskChanges;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.problem.TeleradException;

/**
 * {@link TaskDeadlines} through the task aggregate: an update (as RAD-84 would make it, on the Task Manager's
 * authority, so also on an IN PROGRESS task) of Expected Completion DateTime or of the priority, stored under
 * the task's row lock; the resulting {@link ReadingTaskEvent.ReadingTaskUpdated} reaches UPS-RS subscribers as a
 * Progress event report after commit. The due time is kept to the millisecond (DICOM DT holds microseconds).
 */
@ApplicationScoped
public class ExpectedCompletionDeadlines implements TaskDeadlines {

    @Inject
    ReadingTasks tasks;

    @Inject
    Clock clock;

    @Inject
    Event<ReadingTaskEvent> events;

    @Override
    @Transactional
    public boolean expectCompletionBy(String workitemUid, Instant due) {
        Instant at = due.truncatedTo(ChronoUnit.MILLIS);
        Optional<ReadingTask> found = open(workitemUid);
        if (found.isEmpty() || at.equals(found.get().expectedCompletion())) {
            return false;
        }
        return change(found.get(), new TaskChanges(null, null, null, at, null, null, null, null));
    }

    @Override
    @Transactional
    public boolean promoteInQueue(String workitemUid, TaskUrgency urgency) {
        Priority to = TaskLifecycleRelay.priorityOf(urgency);
        Optional<ReadingTask> found = open(workitemUid);
        if (found.isEmpty() || !to.isMoreUrgentThan(found.get().priority())) {
            return false;
        }
        return change(found.get(), new TaskChanges(to, null, null, null, null, null, null, null));
    }

    @Override
    @Transactional
    public boolean announce(String workitemUid, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return false;
        }
        text = text.length() > 64 ? text.substring(0, 64) : text;
        Optional<ReadingTask> found = open(workitemUid);
        if (found.isEmpty() || text.equals(found.get().snapshot().progressDescription())) {
            return false;
        }
        return change(found.get(), new TaskChanges(null, null, null, null, null, null, text, null));
    }

    private Optional<ReadingTask> open(String workitemUid) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(workitemUid);
        } catch (TeleradException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return tasks.findForUpdate(uid).filter(t -> !t.state().isFinal());
    }

    private boolean change(ReadingTask task, TaskChanges changes) {
        task.update(changes, task.snapshot().transactionUid(), clock.instant());
        tasks.update(task);
        for (ReadingTaskEvent e : task.takeEvents()) {
            events.fire(e);
        }
        return true;
    }
}
