package org.telerad.routing.assignment.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The radiologist a task is assigned to: registry id, Keycloak username (the performer who may claim the
 * task; null when the registry knows none), display name, and NPI when known (the Human Performer Code).
 */
public record Assignee(UUID radiologistId, String username, String name, String npi) {

    public Assignee {
        Objects.requireNonNull(radiologistId, "radiologistId");
        Objects.requireNonNull(name, "name");
    }
}
