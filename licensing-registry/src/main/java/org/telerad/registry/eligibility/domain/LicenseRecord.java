package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.telerad.registry.api.EligibilityResult.QualifyingLicense;
import org.telerad.registry.api.Jurisdiction;

/**
 * A license as eligibility needs it. {@code validFrom}/{@code validTo} are inclusive calendar dates, read in
 * the facility's time zone; {@code null} means unbounded on that side.
 */
public record LicenseRecord(UUID id, Jurisdiction jurisdiction, String number, CredentialStatus status,
        LocalDate validFrom, LocalDate validTo) {

    public LicenseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(status, "status");
    }

    /** True when {@code date} lies within the validity period (both ends inclusive). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean expiredOn(LocalDate date) {
        return validTo != null && date.isAfter(validTo);
    }

    QualifyingLicense qualifying() {
        return new QualifyingLicense(id, jurisdiction, number, validFrom, validTo);
    }
}
