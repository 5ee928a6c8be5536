/**
 * Routing's public API for other modules: what the report lifecycle reads of a reading task
 * ({@link org.telerad.routing.api.TaskForReporting}) and the command that completes a task when its report is
 * signed ({@link org.telerad.routing.api.TaskCompletion}, through {@link org.telerad.routing.api.ReportingTasks}).
 * For the SLA monitor: the task life cycle as CDI events ({@link org.telerad.routing.api.TaskLifecycle} with
 * {@link org.telerad.routing.api.TaskFacts}), the due time and queue priority it writes
 * ({@link org.telerad.routing.api.TaskDeadlines}), escalation re-assignment
 * ({@link org.telerad.routing.api.TaskReassignment}) and {@link org.telerad.routing.api.ReadingTaskDirectory}.
 * Other modules import routing only from this package.
 */
package org.telerad.routing.api;
