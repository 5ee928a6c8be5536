/**
 * Telerad's SLA monitor: turnaround contracts per facility, the reading clock of each task, its timers,
 * escalation and ageing. Not yet wired into the WAR.
 */
package org.telerad.sla;
