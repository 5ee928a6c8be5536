/**
 * The SLA monitor's public API for other modules (reporting): the signals that stop reading clocks and the
 * critical-finding communication clock, and the past-tense events the monitor fires. Everything else in
 * {@code org.telerad.sla} is internal.
 */
package org.telerad.sla.api;
