/**
 * Durable timers: the port through which reading-clock timers are persisted and claimed exactly once, so
 * they survive restarts and fire once across nodes.
 */
package org.telerad.sla.timer.domain;
