package org.telerad.routing.task.application;

import java.time.Instant;
import java.util.Optional;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;

/**
 * The port through which a new (or re-prioritised) SCHEDULED task asks routing for a radiologist. An
 * implementation decides, records its explanation, and answers the performer to write into Scheduled Human
 * Performers with the due time for Expected Completion DateTime, or empty when nobody may read it now (the task
 * then stays unassigned and visible as such). Called by {@link ReadingTaskService#routeNow}, after the intake
 * committed, in a transaction of its own that holds the task's row lock; must not change the task itself.
 */
public interface TaskRouting {

    Optional<Assignment> route(ReadingTask task);

    /**
     * Whether routing has already decided about the task (a current decision exists, assigned or unroutable):
     * the sweep routes only tasks never decided, so two nodes sweeping at once never decide one task twice.
     * Called under the task's row lock.
     */
    default boolean decided(ReadingTask task) {
        return false;
    }

    /**
     * Who reads the task and by when (null: no due time decided), and as what read ({@code readAs}; null: the
     * read the task asks for). A FINAL task read {@code PRELIMINARY} (a cross-border preliminary read) becomes
     * the preliminary task; routing then chains a new final task for the study.
     */
    record Assignment(Performer performer, Instant due, ReadType readAs) {
        public Assignment {
            java.util.Objects.requireNonNull(performer, "performer");
        }

        /** An assignment for the read the task asks for. */
        public Assignment(Performer performer, Instant due) {
            this(performer, due, null);
        }
    }
}
