/**
 * The reading clock of one task: started under a contract version, paused with reasons, recomputed on a
 * priority change, stopped when the report is signed; it answers its state at any instant, the timers a
 * durable store persists, and returns past-tense events as values when their instants pass. Pure Java:
 * time comes in as instants read from an injected {@link java.time.Clock}; no CDI, JDBC or protocol types.
 */
package org.telerad.sla.clock.domain;
