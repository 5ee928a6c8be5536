package org.telerad.routing.api;

import java.time.Instant;

/**
 * The port through which the SLA monitor writes a task's due time and queue priority. Both methods join the
 * caller's transaction (or open one), lock the task's row, change the stored task and publish the change to
 * UPS-RS subscribers after commit (a Progress event report). A task that is COMPLETED, CANCELED or unknown is
 * left alone (answer false). Implementations are application-scoped and thread safe.
 */
public interface TaskDeadlines {

    /**
     * Writes {@code due} into the task's Expected Completion DateTime (0040,4011), visible in UPS-RS retrieve
     * and query. An IN PROGRESS task takes it too (Telerad acts as Task Manager, not as its performer).
     *
     * @return false when nothing changed (same due time, final or unknown task)
     */
    boolean expectCompletionBy(String workitemUid, Instant due);

    /**
     * Raises the task's queue priority (Scheduled Procedure Step Priority, 0074,1200) to {@code urgency}, so
     * that a task waiting too long is not starved by more urgent work. Never lowers it.
     *
     * @return false when nothing changed (already as urgent, final or unknown task)
     */
    boolean promoteInQueue(String workitemUid, TaskUrgency urgency);

    /**
     * Tells UPS-RS subscribers about a turnaround step (warning, breach, escalation): writes {@code note} (short,
     * no patient data) into Procedure Step Progress Description (0074,1006), which they receive as a Progress
     * event report after commit.
     *
     * @return false when nothing changed (same note, final or unknown task)
     */
    boolean announce(String workitemUid, String note);
}
