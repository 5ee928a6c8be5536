/**
 * The SLA monitor's Prometheus metrics through WildFly's micrometer subsystem: running tasks by state and
 * priority, by time to due, breaches, escalations and completions in time.
 */
package org.telerad.sla.metrics;
