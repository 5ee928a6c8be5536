/** Turnaround reports computed in PostgreSQL from the reading clocks (percentile_cont, grouping sets). */
package org.telerad.sla.report.persistence;
