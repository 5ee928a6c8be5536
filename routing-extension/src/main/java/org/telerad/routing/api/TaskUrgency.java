package org.telerad.routing.api;

import java.util.Optional;

/**
 * How urgently a reading task is read, most urgent first: a STAT read (UPS priority HIGH), an urgent one
 * (MEDIUM) or a routine one (LOW).
 */
public enum TaskUrgency {
    STAT, URGENT, ROUTINE;

    /** The next more urgent tier, or empty for {@link #STAT}. */
    public Optional<TaskUrgency> promoted() {
        return this == STAT ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public boolean isMoreUrgentThan(TaskUrgency other) {
        return ordinal() < other.ordinal();
    }
}
