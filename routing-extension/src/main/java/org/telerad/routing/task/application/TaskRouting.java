package org.telerad.routing.task.application;

import java.time.Instant;
import java.util.Optional;

import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;

/**
 * The port through which a new (or re-prioritised) SCHEDULED task asks routing for a radiologist. An
 * implementation decides, records its explanation, and answers the performer to write into Scheduled Human
 * Performers with the due time for Expected Completion DateTime, or empty when nobody may read it now (the task
 * then stays unassigned and visible as such). Called inside the intake transaction; must be fast and must not
 * change the task itself.
 */
public interface TaskRouting {

    Optional<Assignment> route(ReadingTask task);

    /** Who reads the task and by when (null: no due time decided). */
    record Assignment(Performer performer, Instant due) {
        public Assignment {
            java.util.Objects.requireNonNull(performer, "performer");
        }
    }
}
