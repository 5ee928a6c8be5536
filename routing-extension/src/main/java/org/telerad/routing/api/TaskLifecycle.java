package org.telerad.routing.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The life cycle of a reading task, in the past tense, as CDI events for other modules: routing fires each one
 * synchronously inside the transaction that changed the task (observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it committed), each carrying the
 * task's {@link TaskFacts} as of that change. Observe {@link TaskLifecycle} for all of them, or one record type.
 */
public sealed interface TaskLifecycle {

    TaskFacts task();

    Instant occurredAt();

    default String workitemUid() {
        return task().workitemUid();
    }

    /** A task was created SCHEDULED (its facility and modality may still be unknown: see {@link Revised}). */
    record Scheduled(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Scheduled {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** Something other than its priority was learned or revised (facility recognised, modality, series). */
    record Revised(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Revised {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The task's priority changed (a repeated request, an update, or the SLA monitor's ageing). */
    record PriorityChanged(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public PriorityChanged {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** A radiologist was written into the task's Scheduled Human Performers. */
    record Assigned(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Assigned {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The radiologist claimed the task: it is IN PROGRESS. */
    record Claimed(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Claimed {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The task was COMPLETED. */
    record Completed(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Completed {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** The task was CANCELED. */
    record Canceled(TaskFacts task, Instant occurredAt) implements TaskLifecycle {
        public Canceled {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
