package org.telerad.routing.assignment.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.ShiftAvailability;
import org.telerad.routing.assignment.domain.Availability;

/**
 * Routing's {@link Availability} port answered by the registry's {@link ShiftAvailability}: the reading
 * windows of the reader's privilege at the facility (FHIR {@code PractitionerRole.availableTime}), in the
 * facility's time zone; a reader with no window given counts as available. Answers from the registry
 * snapshot of the eligibility question routing has just asked. The only CDI implementation of the port, so
 * routing's {@code OnShift} rule uses it. Thread safe.
 */
@ApplicationScoped
public class RegistryShifts implements Availability {

    private ShiftAvailability shifts;

    protected RegistryShifts() {
        // for CDI proxies
    }

    @Inject
    public RegistryShifts(ShiftAvailability shifts) {
        this.shifts = Objects.requireNonNull(shifts, "shifts");
    }

    @Override
    public Optional<String> unavailableBecause(UUID radiologistId, String facilityCode, Instant at) {
        return shifts.offShiftBecause(radiologistId, facilityCode, at);
    }
}
