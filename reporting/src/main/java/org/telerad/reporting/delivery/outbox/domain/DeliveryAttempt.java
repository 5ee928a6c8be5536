package org.telerad.reporting.delivery.outbox.domain;

import java.time.Instant;
import java.util.Objects;

/** One recorded attempt: its number (from 1), when, the outcome ({@code delivered | failed | refused}) and detail. */
public record DeliveryAttempt(int number, Instant at, String outcome, String detail) {
    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The outcome name of an attempt. */
    public static String outcomeOf(org.telerad.reporting.delivery.channel.domain.DeliveryOutcome outcome) {
        if (outcome instanceof org.telerad.reporting.delivery.channel.domain.DeliveryOutcome.Delivered) {
            return "delivered";
        }
        return outcome instanceof org.telerad.reporting.delivery.channel.domain.DeliveryOutcome.Refused ? "refused"
                : "failed";
    }
}
