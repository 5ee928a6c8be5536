package org.telerad.sla.timer.domain;

import java.time.Instant;
import java.util.Objects;

/** CDI event: timers were scheduled, the earliest due at {@code earliest}; wakes the loop after commit. */
public record TimersChanged(Instant earliest) {
    public TimersChanged {
        Objects.requireNonNull(earliest, "earliest");
    }
}
