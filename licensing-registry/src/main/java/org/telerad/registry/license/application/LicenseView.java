package org.telerad.registry.license.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A license as interfaces show it. {@code expired} is derived at the moment of reading; {@code status} is
 * ACTIVE, SUSPENDED or REVOKED; {@code type} a lower-case code. {@code version} is the ETag.
 */
public record LicenseView(String id, String radiologistId, long version, String jurisdiction, String number,
        String type, String status, LocalDate validFrom, LocalDate validTo, boolean expired, Instant verifiedAt,
        String verifiedBy) {
}
