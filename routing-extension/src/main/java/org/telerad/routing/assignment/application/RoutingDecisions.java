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

    /**
     * The registry id of the radiologist the task's current decision assigned (what a release excludes from
     * re-routing); empty when unassigned or never routed.
     */
    default Optional<java.util.UUID> currentAssigneeOf(String taskId) {
        return Optional.empty();
    }
}
