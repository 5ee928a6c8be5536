package org.telerad.routing.task.domain;

import java.time.LocalDate;

/**
 * The patient as the worklist needs them: ID with its issuer, name (DICOM PN text, {@code Family^Given}),
 * birth date and sex; any of them may be null. Personal data: {@link #toString()} prints none of it, and
 * nothing in Telerad logs it.
 */
public record Patient(String id, String issuer, String name, LocalDate birthDate, String sex) {

    public static Patient unknown() {
        return new Patient(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "Patient[redacted]";
    }
}
