package org.telerad.routing.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The port through which the SLA monitor's escalation ladder hands a task to the next eligible radiologist.
 * Under the task's row lock, in the caller's transaction (or one of its own): a SCHEDULED task is taken from
 * its current reader and routed again, never back to that reader; routing records its decision and
 * explanation, the change is audited, and UPS-RS subscribers receive an Assigned event report after commit.
 * When nobody else may read it the task stays SCHEDULED without performer and waits in the unroutable queue.
 * A claimed (IN PROGRESS) task stays with its reader: DICOM has no way back to SCHEDULED.
 */
public interface TaskReassignment {

    /**
     * Routes the task away from its current reader; {@code trigger} says why (audited; no patient data).
     */
    Reassignment reassign(String workitemUid, String trigger);

    /** What a reassignment did. */
    enum Outcome {
        /** Another radiologist now has the task. */
        REASSIGNED,
        /** Nobody else may read it now: the task waits unassigned (unroutable queue). */
        LEFT_UNASSIGNED,
        /** The task is IN PROGRESS and stays with the radiologist who claimed it. */
        CLAIMED,
        /** The task is COMPLETED or CANCELED. */
        CLOSED,
        /** There is no such task. */
        UNKNOWN
    }

    /** The outcome, and the performer codes it moved between (null when none). */
    record Reassignment(Outcome outcome, String fromPerformer, String toPerformer) {
        public Reassignment {
            Objects.requireNonNull(outcome, "outcome");
        }

        public static Reassignment of(Outcome outcome) {
            return new Reassignment(outcome, null, null);
        }

        public Optional<String> to() {
            return Optional.ofNullable(toPerformer);
        }
    }
}
