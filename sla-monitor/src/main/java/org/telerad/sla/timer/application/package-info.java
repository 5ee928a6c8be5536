/**
 * The timer loop: one thread per node, started after the schema migration, sleeping until the earliest pending
 * timer (woken when an earlier one is scheduled), claiming due timers one transaction each and handing them to
 * the clocks they belong to.
 */
package org.telerad.sla.timer.application;
