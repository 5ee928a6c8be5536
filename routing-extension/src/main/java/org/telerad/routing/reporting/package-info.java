/**
 * Routing's side of the report lifecycle: the reading task as reporting sees it and the completion of a task
 * when its report is signed, with the UPS Performed Procedure Step (implements
 * {@link org.telerad.routing.api.ReportingTasks}).
 */
package org.telerad.routing.reporting;
