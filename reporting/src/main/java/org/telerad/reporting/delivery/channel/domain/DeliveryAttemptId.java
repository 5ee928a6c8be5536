package org.telerad.reporting.delivery.channel.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of one delivery: {@code sequence} is the delivery's number in the outbox, {@code attempt} counts
 * from 1; {@code at} is when the attempt is made (message date/time). {@link #controlId()} is unique per attempt
 * and at most 20 characters (HL7 MSH-10).
 */
public record DeliveryAttemptId(long sequence, int attempt, Instant at) {

    public DeliveryAttemptId {
        if (sequence < 1 || attempt < 1) {
            throw new IllegalArgumentException("sequence and attempt start at 1");
        }
        Objects.requireNonNull(at, "at");
    }

    public String controlId() {
        return "TR" + sequence + "." + attempt;
    }
}
