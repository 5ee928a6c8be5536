/**
 * SLA monitor ITs against the deployed WAR: short test contracts (seconds) stored per test facility, reading
 * clocks, durable timers, escalation and re-assignment, restarts and two timer claimers on one database.
 */
package org.telerad.it.sla;
