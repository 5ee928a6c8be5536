/** The SLA meters: gauges over a cached snapshot of running clocks, counters fed by the clock events. */
package org.telerad.sla.metrics.application;
