/**
 * Acting on a reached escalation step: notify the assigned radiologist, hand the task to the next eligible
 * radiologist through routing's {@link org.telerad.routing.api.TaskReassignment}, notify the operations on-call.
 */
package org.telerad.sla.escalation.application;
