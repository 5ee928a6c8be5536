package org.telerad.sla.clock.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A reading clock's answer at one instant: its state, its due time and the time left to it (negative once
 * overdue; for a stopped clock, the margin it was stopped with).
 */
public record ClockReading(SlaState state, Instant due, Duration timeToDue) {
    public ClockReading {
        java.util.Objects.requireNonNull(state, "state");
        java.util.Objects.requireNonNull(due, "due");
        java.util.Objects.requireNonNull(timeToDue, "timeToDue");
    }
}
