/**
 * The routing decision as pure domain code: value records ({@link org.telerad.routing.assignment.domain.RoutingRequest},
 * {@link org.telerad.routing.assignment.domain.RoutingDecision}), named assignment policies that say why they
 * exclude ({@link org.telerad.routing.assignment.domain.OnShift},
 * {@link org.telerad.routing.assignment.domain.WithinCapacity},
 * {@link org.telerad.routing.assignment.domain.ReadsFromAllowedCountry}), configurable subspecialty rules, the
 * scoring policy, and the ports other parts implement ({@link org.telerad.routing.assignment.domain.Workload},
 * {@link org.telerad.routing.assignment.domain.Availability},
 * {@link org.telerad.routing.assignment.domain.ReaderProfiles},
 * {@link org.telerad.routing.assignment.domain.PreliminaryAbroadContracts}). No JAX-RS, JPA or CDI here.
 */
package org.telerad.routing.assignment.domain;
