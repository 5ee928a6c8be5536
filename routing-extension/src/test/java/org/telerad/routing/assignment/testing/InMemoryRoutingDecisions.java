package org.telerad.routing.assignment.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.telerad.routing.assignment.application.RecordedDecision;
import org.telerad.routing.assignment.application.RoutingDecisions;
import org.telerad.routing.assignment.domain.RoutingDecision;

/** Routing decisions in a list; the explanation document is not kept ({@link #currentFor} answers empty). */
public final class InMemoryRoutingDecisions implements RoutingDecisions {

    private final List<RoutingDecision> recorded = new ArrayList<>();

    @Override
    public void record(RoutingDecision decision) {
        recorded.add(decision);
    }

    @Override
    public Optional<RecordedDecision> currentFor(String taskId) {
        return Optional.empty();
    }

    @Override
    public Optional<java.util.UUID> currentAssigneeOf(String taskId) {
        return latestFor(taskId).flatMap(d -> d.assignee()).map(a -> a.radiologistId());
    }

    public List<RoutingDecision> recorded() {
        return recorded;
    }

    public Optional<RoutingDecision> latestFor(String taskId) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            if (recorded.get(i).taskId().equals(taskId)) {
                return Optional.of(recorded.get(i));
            }
        }
        return Optional.empty();
    }
}
