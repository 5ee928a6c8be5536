/**
 * Turnaround reports: per facility and period, the share of reads within target, p50/p90/p99 turnaround by
 * priority, modality and read type, and the breaches with their causes; JSON and CSV through the API.
 */
package org.telerad.sla.report;
