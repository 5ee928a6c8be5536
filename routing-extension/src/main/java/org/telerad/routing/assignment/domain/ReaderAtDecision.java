package org.telerad.routing.assignment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A reader the registry allows, as the assignment rules see them at the moment of the decision: open effort,
 * how many of this patient's open tasks they hold, and their profile (null when unknown).
 */
public record ReaderAtDecision(UUID radiologistId, String name, String username, double openEffort,
        int patientTasks, ReaderProfile profile) {

    public ReaderAtDecision {
        Objects.requireNonNull(radiologistId, "radiologistId");
    }

    /** The country the reader reads from, or null when unknown. */
    public String readsFromCountry() {
        return profile == null ? null : profile.readsFromCountry();
    }
}
