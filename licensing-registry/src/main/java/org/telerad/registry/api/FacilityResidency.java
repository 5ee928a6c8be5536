package org.telerad.registry.api;

import java.util.Optional;

/**
 * Where a facility's studies may be stored and copied: its residency region ({@code EU} for a facility in an
 * EU member state unless overridden, else its country, e.g. {@code US}), by facility code, active or not. Answers
 * from the same in-memory index as the {@link FacilityDirectory}; safe for concurrent use.
 */
@FunctionalInterface
public interface FacilityResidency {

    /** The residency region of the facility with this code; empty for an unknown code. */
    Optional<String> residencyRegionOf(String facilityCode);
}
