package org.telerad.registry.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.facility.domain.Facility;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityCriteria;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.facility.domain.FacilityRepository;

/** Facilities in a map. */
public final class InMemoryFacilities implements FacilityRepository {

    private final Map<FacilityId, Facility> byId = new LinkedHashMap<>();

    @Override
    public Optional<Facility> find(FacilityId id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryFacilities::copy);
    }

    @Override
    public Optional<Facility> findByCode(FacilityCode code) {
        return byId.values().stream().filter(f -> f.code().equals(code)).findFirst().map(InMemoryFacilities::copy);
    }

    @Override
    public Facility add(Facility facility) {
        byId.put(facility.id(), copy(facility));
        return copy(facility);
    }

    @Override
    public Facility update(Facility facility) {
        Facility stored = byId.get(facility.id());
        Versions.check(stored.version(), facility.version(), "facility");
        Facility next = Facility.restore(facility.id(), facility.code(), facility.profile(), facility.active(),
                stored.version() + 1);
        byId.put(next.id(), next);
        return copy(next);
    }

    @Override
    public Page<Facility> search(FacilityCriteria c, PageRequest page) {
        List<Facility> all = byId.values().stream()
                .filter(f -> c.name() == null || f.profile().name().toLowerCase().contains(c.name().toLowerCase())
                        || f.code().value().contains(c.name().toLowerCase()))
                .filter(f -> c.jurisdiction() == null || f.profile().jurisdiction().equals(c.jurisdiction()))
                .filter(f -> c.active() == null || c.active() == f.active())
                .sorted(Comparator.comparing((Facility f) -> f.code().value())).map(InMemoryFacilities::copy).toList();
        return Page.slice(all, page);
    }

    @Override
    public long count() {
        return byId.size();
    }

    private static Facility copy(Facility f) {
        return Facility.restore(f.id(), f.code(), f.profile(), f.active(), f.version());
    }
}
