/** Turnaround reports for the API: who sees which facilities, the default period, the audit entry. */
package org.telerad.sla.report.application;
