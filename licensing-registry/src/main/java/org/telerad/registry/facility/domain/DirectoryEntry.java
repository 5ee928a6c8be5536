package org.telerad.registry.facility.domain;

import java.time.ZoneId;
import java.util.Objects;

import org.telerad.registry.api.Jurisdiction;

/** A facility as the facility directory indexes it: code, where its patients are scanned, and its identifiers. */
public record DirectoryEntry(FacilityCode code, Jurisdiction jurisdiction, ResidencyRegion residencyRegion,
        ZoneId timeZone, boolean active, StudyIdentifiers identifiers) {

    public DirectoryEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(residencyRegion, "residencyRegion");
        Objects.requireNonNull(timeZone, "timeZone");
        identifiers = identifiers == null ? StudyIdentifiers.none() : identifiers;
    }

    public static DirectoryEntry of(Facility facility) {
        FacilityProfile p = facility.profile();
        return new DirectoryEntry(facility.code(), p.jurisdiction(), p.residencyRegion(), p.timeZone(),
                facility.active(), p.identifiers());
    }
}
