package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.EligibilityResult.QualifyingPrivilege;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.availability.domain.WeeklyAvailability;

/**
 * A privilege (radiologist at one facility) as eligibility needs it. An empty scope set means "not
 * narrowed": any modality, the radiologist's own subspecialties, both read types. Validity dates are
 * inclusive and read in the facility's time zone; {@code null} means unbounded. {@code availability} is the
 * radiologist's reading windows there, in the facility's time zone (always available when none is given).
 */
public record PrivilegeRecord(UUID id, String facilityCode, CredentialStatus status, LocalDate validFrom,
        LocalDate validTo, Set<Modality> modalities, Set<Subspecialty> subspecialties, Set<ReadType> readTypes,
        WeeklyAvailability availability) {

    /** A privilege without reading windows (always available). */
    public PrivilegeRecord(UUID id, String facilityCode, CredentialStatus status, LocalDate validFrom,
            LocalDate validTo, Set<Modality> modalities, Set<Subspecialty> subspecialties, Set<ReadType> readTypes) {
        this(id, facilityCode, status, validFrom, validTo, modalities, subspecialties, readTypes,
                WeeklyAvailability.always());
    }

    public PrivilegeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(status, "status");
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        subspecialties = subspecialties == null || subspecialties.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(subspecialties));
        readTypes = readTypes == null || readTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(readTypes));
        availability = availability == null ? WeeklyAvailability.always() : availability;
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean expiredOn(LocalDate date) {
        return validTo != null && date.isAfter(validTo);
    }

    public boolean coversModality(Modality modality) {
        return modalities.isEmpty() || modalities.contains(modality);
    }

    public boolean allows(ReadType readType) {
        return readTypes.isEmpty() || readTypes.contains(readType);
    }

    /** True when the privilege narrows the radiologist's subspecialties to a list. */
    public boolean narrowsSubspecialties() {
        return !subspecialties.isEmpty();
    }

    QualifyingPrivilege qualifying() {
        return new QualifyingPrivilege(id, facilityCode, modalities, subspecialties, readTypes, validFrom, validTo);
    }
}
