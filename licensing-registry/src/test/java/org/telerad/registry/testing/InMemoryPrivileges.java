package org.telerad.registry.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.privilege.domain.Privilege;
import org.telerad.registry.privilege.domain.PrivilegeCriteria;
import org.telerad.registry.privilege.domain.PrivilegeId;
import org.telerad.registry.privilege.domain.PrivilegeRepository;
import org.telerad.registry.privilege.domain.PrivilegeStatus;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Privileges in a map. */
public final class InMemoryPrivileges implements PrivilegeRepository {

    private final Map<PrivilegeId, Privilege> byId = new LinkedHashMap<>();

    @Override
    public Optional<Privilege> find(PrivilegeId id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryPrivileges::copy);
    }

    @Override
    public Optional<Privilege> findCurrent(RadiologistId radiologist, FacilityId facility) {
        return byId.values().stream().filter(p -> p.radiologist().equals(radiologist)
                && p.facility().equals(facility) && p.status() != PrivilegeStatus.REVOKED).findFirst()
                .map(InMemoryPrivileges::copy);
    }

    @Override
    public Privilege add(Privilege privilege) {
        byId.put(privilege.id(), copy(privilege));
        return copy(privilege);
    }

    @Override
    public Privilege update(Privilege privilege) {
        Privilege stored = byId.get(privilege.id());
        Versions.check(stored.version(), privilege.version(), "privilege");
        Privilege next = Privilege.restore(privilege.id(), privilege.radiologist(), privilege.facility(),
                privilege.facilityCode(), privilege.status(), privilege.validity(), privilege.scope(),
                privilege.availability(), privilege.grantedBy(), privilege.grantedAt(), stored.version() + 1);
        byId.put(next.id(), next);
        return copy(next);
    }

    @Override
    public Page<Privilege> search(PrivilegeCriteria c, PageRequest page) {
        List<Privilege> all = byId.values().stream()
                .filter(p -> c.facility() == null || p.facilityCode().equals(c.facility()))
                .filter(p -> c.radiologist() == null || p.radiologist().equals(c.radiologist()))
                .filter(p -> c.status() == null || p.status() == c.status())
                .filter(p -> c.withinFacilities() == null || c.withinFacilities().contains(p.facilityCode()))
                .sorted(Comparator.comparing((Privilege p) -> p.facilityCode().value())
                        .thenComparing(Privilege::grantedAt))
                .map(InMemoryPrivileges::copy).toList();
        return Page.slice(all, page);
    }

    @Override
    public List<Privilege> endingBetween(LocalDate from, LocalDate to) {
        return byId.values().stream().filter(p -> p.status() != PrivilegeStatus.REVOKED)
                .filter(p -> p.validity().endsBetween(from, to))
                .sorted(Comparator.comparing((Privilege p) -> p.validity().validTo())).map(InMemoryPrivileges::copy)
                .toList();
    }

    @Override
    public List<Privilege> current() {
        return byId.values().stream().filter(p -> p.status() != PrivilegeStatus.REVOKED)
                .map(InMemoryPrivileges::copy).toList();
    }

    private static Privilege copy(Privilege p) {
        return Privilege.restore(p.id(), p.radiologist(), p.facility(), p.facilityCode(), p.status(), p.validity(),
                p.scope(), p.availability(), p.grantedBy(), p.grantedAt(), p.version());
    }
}
