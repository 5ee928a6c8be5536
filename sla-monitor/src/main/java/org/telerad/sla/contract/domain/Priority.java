package org.telerad.sla.contract.domain;

import java.util.Optional;

/**
 * The turnaround tier a task is read under, most urgent first. Maps from UPS priority (0074,1200)
 * HIGH / MEDIUM / LOW and FHIR stat / urgent / routine.
 */
public enum Priority {
    STAT, URGENT, ROUTINE;

    /** The next more urgent tier, or empty for {@link #STAT}: what ageing promotes a waiting task to. */
    public Optional<Priority> promoted() {
        return switch (this) {
            case STAT -> Optional.empty();
            case URGENT -> Optional.of(STAT);
            case ROUTINE -> Optional.of(URGENT);
        };
    }
}
