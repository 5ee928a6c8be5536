package org.telerad.sla.timer.domain;

import java.time.Instant;
import java.util.Objects;

import org.telerad.sla.clock.domain.SlaTimer;

/** A timer claimed by this node: when it was due and when it fired (later if Telerad was down). */
public record FiredTimer(SlaTimer timer, Instant firedAt) {
    public FiredTimer {
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(firedAt, "firedAt");
    }
}
