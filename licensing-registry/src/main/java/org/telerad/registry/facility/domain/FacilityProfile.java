package org.telerad.registry.facility.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.telerad.registry.api.Jurisdiction;

/**
 * What a facility is besides its identity: name, the jurisdiction where its patients are scanned, an
 * optional residency override (else derived from the jurisdiction), time zone and study identifiers.
 */
public record FacilityProfile(String name, Jurisdiction jurisdiction, ResidencyRegion residencyOverride,
        ZoneId timeZone, StudyIdentifiers identifiers) {

    public FacilityProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(timeZone, "timeZone");
        identifiers = identifiers == null ? StudyIdentifiers.none() : identifiers;
    }

    public ResidencyRegion residencyRegion() {
        return residencyOverride != null ? residencyOverride : ResidencyRegion.of(jurisdiction);
    }

    public Optional<ResidencyRegion> override() {
        return Optional.ofNullable(residencyOverride);
    }

    public List<String> changedFields(FacilityProfile other) {
        List<String> changed = new ArrayList<>();
        if (!name.equals(other.name)) {
            changed.add("name");
        }
        if (!jurisdiction.equals(other.jurisdiction)) {
            changed.add("jurisdiction");
        }
        if (!Objects.equals(residencyOverride, other.residencyOverride)) {
            changed.add("residencyRegion");
        }
        if (!timeZone.equals(other.timeZone)) {
            changed.add("timeZone");
        }
        if (!identifiers.equals(other.identifiers)) {
            changed.add("identifiers");
        }
        return changed;
    }
}
