package org.telerad.routing.assignment.application;

import java.util.Objects;

import org.telerad.routing.assignment.domain.RoutingDecision;

/**
 * CDI event: a routing decision was recorded for a task (assigned, assigned abroad for a preliminary read, or
 * unroutable). Fired inside the routing transaction; observers that create a chained final task
 * ({@link RoutingDecision#chainedFinal()}), raise unroutable alerts or prefetch priors react to it.
 */
public record TaskRouted(RoutingDecision decision) {

    public TaskRouted {
        Objects.requireNonNull(decision, "decision");
    }
}
