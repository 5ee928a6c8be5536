package org.telerad.routing.task.application;

import java.util.Objects;

import org.telerad.routing.task.domain.WorkitemUid;

/**
 * CDI event: a SCHEDULED task was created, re-prioritised or enriched in the transaction that fires this, and
 * should be routed once that transaction commits ({@code evenIfAssigned}: route again although a performer is
 * set, for a changed priority). Carries the workitem UID only.
 */
public record TaskAwaitsRouting(WorkitemUid workitem, boolean evenIfAssigned) {

    public TaskAwaitsRouting {
        Objects.requireNonNull(workitem, "workitem");
    }
}
