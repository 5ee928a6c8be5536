/**
 * Reading task use cases: intake (idempotent per study and read type), worklist queries, claim, completion,
 * cancellation and updates, each in one transaction with its audit entry and its CDI events; who may do what
 * ({@link org.telerad.routing.task.application.TaskAccess}); and the {@link
 * org.telerad.routing.task.application.TaskRouting} port through which routing assigns a new task.
 */
package org.telerad.routing.task.application;
