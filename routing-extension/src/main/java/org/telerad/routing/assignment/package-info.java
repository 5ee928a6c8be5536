/**
 * Routing: who gets a reading task, and why. The {@code domain} derives the subspecialties a study needs,
 * asks the registry who may read it ({@link org.telerad.registry.api.Eligibility}), applies Telerad's own
 * assignment rules (availability, capacity, residency, cross-border preliminary reads), scores the remaining
 * readers and returns a {@link org.telerad.routing.assignment.domain.RoutingDecision} that explains itself;
 * {@code application} stores and audits decisions, {@code persistence} keeps them in {@code routing_decision},
 * {@code rest} serves {@code GET /api/tasks/{id}/routing}.
 */
package org.telerad.routing.assignment;
