/**
 * The reading clocks at work: started, re-prioritised and stopped from routing's task life cycle events,
 * stopped by signed reports ({@link org.telerad.sla.api.ReadingClocks}), fired by the durable timers, and the
 * critical-finding communication clocks ({@link org.telerad.sla.api.CriticalFindingClock}); every step
 * published as a CDI event, an audit entry and a UPS event report.
 */
package org.telerad.sla.clock.application;
