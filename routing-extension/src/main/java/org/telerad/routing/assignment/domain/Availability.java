package org.telerad.routing.assignment.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: is a reader on shift at an instant, for a facility? Shift windows (FHIR
 * {@code PractitionerRole.availableTime}, in the facility's time zone) belong to the registry; in the WAR the
 * port is implemented by {@code org.telerad.routing.assignment.registry.RegistryShifts} over the registry's
 * {@code ShiftAvailability}. A reader with no availability given counts as available; {@link #everyone()} serves
 * tests and deployments without a registry. Implementations are thread safe and answer from memory: routing asks
 * once per eligible reader.
 */
public interface Availability {

    /** Empty when the reader is available; otherwise a sentence saying why not ("off shift until 18:00 CST"). */
    Optional<String> unavailableBecause(UUID radiologistId, String facilityCode, Instant at);

    /** Everyone is available: no shift windows are known. */
    static Availability everyone() {
        return (radiologistId, facilityCode, at) -> Optional.empty();
    }
}
