package org.telerad.routing.task.domain;

import java.time.Instant;

/**
 * Something that happened to a reading task, in the past tense, published (as CDI events, by the application
 * layer) after the aggregate changed. Carries identifiers only, never patient data.
 */
public sealed interface ReadingTaskEvent {

    WorkitemUid workitem();

    Instant occurredAt();

    /** A task was created SCHEDULED from a reading request. */
    record ReadingTaskScheduled(WorkitemUid workitem, String studyInstanceUid, String facilityCode,
            Priority priority, Instant occurredAt) implements ReadingTaskEvent {
    }

    /** The existing task for a study was revised from a repeated request (new series, new priority, ...). */
    record ReadingTaskRevised(WorkitemUid workitem, boolean priorityChanged, Instant occurredAt)
            implements ReadingTaskEvent {
    }

    /** A performer was written into Scheduled Human Performers. */
    record ReadingTaskAssigned(WorkitemUid workitem, Performer performer, Instant occurredAt)
            implements ReadingTaskEvent {
    }

    /** A performer claimed the task: it is IN PROGRESS, locked by their Transaction UID. */
    record ReadingTaskClaimed(WorkitemUid workitem, String claimedBy, Instant occurredAt) implements ReadingTaskEvent {
    }

    /** The read is done: COMPLETED. */
    record ReadingTaskCompleted(WorkitemUid workitem, Instant occurredAt) implements ReadingTaskEvent {
    }

    /** The task was CANCELED. */
    record ReadingTaskCanceled(WorkitemUid workitem, String reason, Instant occurredAt) implements ReadingTaskEvent {
    }

    /** Someone asked the performer of an IN PROGRESS task to stop; the performer decides. */
    record CancellationRequested(WorkitemUid workitem, String requestedBy, String reason, Instant occurredAt)
            implements ReadingTaskEvent {
    }

    /** Priority, labels, expected completion or progress changed through an update. */
    record ReadingTaskUpdated(WorkitemUid workitem, boolean priorityChanged, Instant occurredAt)
            implements ReadingTaskEvent {
    }
}
