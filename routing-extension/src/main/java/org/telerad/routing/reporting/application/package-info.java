/** {@link org.telerad.routing.api.ReportingTasks} over reading tasks, routing decisions and priors. */
package org.telerad.routing.reporting.application;
