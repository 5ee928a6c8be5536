/**
 * Routing's application services: {@link org.telerad.routing.assignment.application.Assignments} decides,
 * records and audits a routing decision inside the caller's transaction;
 * {@link org.telerad.routing.assignment.application.ReadingTaskRouting} plugs it into the reading-task
 * service's {@code TaskRouting} port; {@link org.telerad.routing.assignment.application.RoutingExplanations}
 * serves recorded decisions to the people allowed to see them; {@link
 * org.telerad.routing.assignment.application.RoutingConfiguration} produces the settings and the default
 * ports.
 */
package org.telerad.routing.assignment.application;
