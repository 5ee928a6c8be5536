/**
 * SLA monitor ITs against the deployed WAR: turnaround contracts, reports and metrics; and, under short test
 * contracts (seconds) stored per test facility, reading clocks, durable timers, escalation and re-assignment,
 * ageing, restarts and two timer claimers on one database.
 */
package org.telerad.it.sla;
