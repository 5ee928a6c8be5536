/**
 * SLA timer load (a harness, not JMH, not a test): the production durable timer store on an embedded PostgreSQL
 * with 100,000 open timers; breach detection lateness at the due instant and the cost of an idle timer loop.
 */
package org.telerad.benchmarks.sla;
