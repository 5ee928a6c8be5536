package org.telerad.routing.reporting.application;

import java.util.Optional;

import org.telerad.routing.api.TaskCompletion;

/**
 * Port: where the Performed Procedure Step of each completed task is kept (one per task, written once, joining
 * the caller's transaction).
 */
public interface PerformedProcedureSteps {

    /** Records the step of the completion's task unless one is recorded already; answers whether it stored. */
    boolean record(TaskCompletion completion);

    /** The step recorded for a task, if any. */
    Optional<TaskCompletion> of(String workitemUid);
}
