package org.telerad.routing.assignment.application;

import java.time.Instant;
import java.util.Objects;

import org.telerad.routing.assignment.domain.UnroutableReason;

/**
 * CDI event: routing found nobody for a task, which now waits in the unroutable queue with {@code reason}.
 * Fired synchronously inside the routing transaction by {@link UnroutableAlerts}; observers that act outside
 * it (the SLA monitor, notifications) observe it {@code during = AFTER_SUCCESS}. No patient data.
 */
public record TaskFoundUnroutable(String taskId, String facilityCode, UnroutableReason reason, Instant decidedAt) {

    public TaskFoundUnroutable {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
