package org.telerad.sla.timer.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.telerad.sla.clock.domain.SlaTimer;

/** One stored timer of a task, pending (no fired instant) or fired. */
public record TimerRecord(SlaTimer timer, Instant firedAt) {
    public TimerRecord {
        Objects.requireNonNull(timer, "timer");
    }

    public Optional<Instant> fired() {
        return Optional.ofNullable(firedAt);
    }
}
