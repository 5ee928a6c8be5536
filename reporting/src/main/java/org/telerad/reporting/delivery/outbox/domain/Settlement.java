package org.telerad.reporting.delivery.outbox.domain;

import java.time.Instant;
import java.util.Objects;

import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;

/**
 * How one attempt leaves a delivery: its new state, consecutive failures, next attempt (pending only) and the
 * reason shown to administrators (the receiver's, for a refusal).
 */
public record Settlement(int attemptNumber, Instant attemptedAt, DeliveryOutcome outcome, DeliveryState state,
        int failures, Instant nextAttemptAt, String reason) {

    public Settlement {
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(state, "state");
        if (state == DeliveryState.PENDING) {
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        }
    }

    /** True when this attempt ended the delivery in the dead-letter list. */
    public boolean deadLettered() {
        return state == DeliveryState.DEAD_LETTER;
    }
}
