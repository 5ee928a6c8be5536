package org.telerad.routing.assignment.application;

import java.util.Optional;

import org.telerad.routing.assignment.domain.RoutingDecision;

/**
 * Port: where routing decisions are kept. {@link #record} joins the caller's transaction and makes the new
 * decision the task's current one (an earlier one stays, superseded, for the audit of re-routing).
 */
public interface RoutingDecisions {

    void record(RoutingDecision decision);

    /** The task's current decision, if it was ever routed. */
    Optional<RecordedDecision> currentFor(String taskId);
}
