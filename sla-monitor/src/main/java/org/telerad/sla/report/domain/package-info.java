/**
 * Turnaround reports as values: the period, the figures per group (share within target, p50/p90/p99), and the
 * breaches with where their time went. Pure Java; computed by the persistence adapter in SQL.
 */
package org.telerad.sla.report.domain;
