package org.telerad.routing.assignment.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A routing decision as stored: what access checks need (facility, assignee) and the explanation document
 * ({@code explanationJson}, the JSON that {@code GET /api/tasks/{id}/routing} answers).
 */
public record RecordedDecision(String taskId, Instant decidedAt, String outcome, String facilityCode,
        String assigneeUsername, String explanationJson) {

    public RecordedDecision {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanationJson, "explanationJson");
    }
}
