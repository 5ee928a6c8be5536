package org.telerad.registry.facility.domain;

import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;

/** Where facilities are kept. Implementations: {@code JpaFacilityRepository}, in-memory fakes in tests. */
public interface FacilityRepository {

    Optional<Facility> find(FacilityId id);

    Optional<Facility> findByCode(FacilityCode code);

    Facility add(Facility facility);

    /** Stores a change; throws {@code TELERAD-REGISTRY-040} (412) when the stored version moved on. */
    Facility update(Facility facility);

    /** Ordered by code. */
    Page<Facility> search(FacilityCriteria criteria, PageRequest page);

    long count();
}
