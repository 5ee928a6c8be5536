package org.telerad.registry.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Is a radiologist on shift to read a facility's studies at an instant? The windows are those of the
 * radiologist's current privilege at the facility (FHIR {@code PractitionerRole.availableTime}), read in the
 * facility's time zone; a privilege with no window given counts as always available. Whether the privilege
 * allows the read at all is {@link Eligibility}'s question, not this one: an unknown radiologist, facility or
 * privilege answers "available". Answers from memory, from the registry state of the last eligibility question
 * (ask {@link Eligibility} first). CDI bean, thread safe.
 */
public interface ShiftAvailability {

    /**
     * Empty when on shift; otherwise a sentence saying why not, with the facility-local time and the windows
     * ("off shift at Tue 03:00 (America/Chicago); reads tx-dallas Mon, Tue, Wed, Thu, Fri 08:00-17:00").
     */
    Optional<String> offShiftBecause(UUID radiologistId, String facilityCode, Instant at);
}
