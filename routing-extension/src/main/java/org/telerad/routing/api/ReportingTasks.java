package org.telerad.routing.api;

import java.util.Optional;

/**
 * The port through which the report lifecycle reads reading tasks and completes them. Implemented by routing
 * (CDI bean, application-scoped, thread safe); every method joins the caller's transaction. No access check
 * here: the report lifecycle decides who may see or sign (it knows the caller and the task's performer).
 */
public interface ReportingTasks {

    /** The task with this workitem UID, empty when there is none. */
    Optional<TaskForReporting> find(String workitemUid);

    /**
     * Completes the IN PROGRESS task on behalf of the performer who claimed it (the report that finishes its
     * read type was signed): records the Performed Procedure Step and the Output Information, moves the task to
     * COMPLETED (firing routing's past-tense task event) and audits it. Idempotent for a COMPLETED task.
     *
     * @throws org.telerad.shared.problem.TeleradException {@code TELERAD-TASK-040} (not found) for an unknown
     *         task, {@code TELERAD-TASK-041} (conflict) when it is not IN PROGRESS or claimed by someone else
     */
    void complete(TaskCompletion completion);
}
