package org.telerad.routing.priors.domain;

import java.util.Optional;

/** Configured archives as priors sources; and the residency region of registry facilities. */
public interface PriorsSources {

    Optional<PriorsSource> byName(String archiveName);

    /** The facility's residency region ({@code EU} or a country code), empty when unknown. */
    Optional<String> residencyRegionOf(String facilityCode);
}
