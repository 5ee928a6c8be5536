/**
 * Routing's persistence adapters on {@code TeleradDS} (plain JDBC, joining the caller's JTA transaction):
 * {@link org.telerad.routing.assignment.persistence.JdbcRoutingDecisions} keeps decisions in
 * {@code routing_decision} with their explanation as JSON ({@link
 * org.telerad.routing.assignment.persistence.ExplanationDocument}); {@link
 * org.telerad.routing.assignment.persistence.JdbcWorkload} reads the open work from the current decisions of
 * the tasks that are still open.
 */
package org.telerad.routing.assignment.persistence;
