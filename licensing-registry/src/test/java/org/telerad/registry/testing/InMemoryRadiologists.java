package org.telerad.registry.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.privilege.domain.PrivilegeCriteria;
import org.telerad.registry.privilege.domain.PrivilegeStatus;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.registry.radiologist.domain.RadiologistCriteria;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.registry.radiologist.domain.RadiologistRepository;
import org.telerad.registry.radiologist.domain.Username;

/** Radiologists in a map; searches by license and facility consult the sibling fakes. */
public final class InMemoryRadiologists implements RadiologistRepository {

    private final Map<RadiologistId, Radiologist> byId = new LinkedHashMap<>();
    private InMemoryLicenses licenses;
    private InMemoryPrivileges privileges;

    void link(InMemoryLicenses licenses, InMemoryPrivileges privileges) {
        this.licenses = licenses;
        this.privileges = privileges;
    }

    @Override
    public Optional<Radiologist> find(RadiologistId id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryRadiologists::copy);
    }

    @Override
    public Optional<Radiologist> findByUsername(Username username) {
        return byId.values().stream().filter(r -> r.profile().login().map(username::equals).orElse(false))
                .findFirst().map(InMemoryRadiologists::copy);
    }

    @Override
    public List<Radiologist> findByIdentifier(org.telerad.registry.radiologist.domain.Identifier identifier) {
        return byId.values().stream().filter(r -> r.profile().identifiers().contains(identifier))
                .map(InMemoryRadiologists::copy).toList();
    }

    @Override
    public Radiologist add(Radiologist radiologist) {
        if (byId.containsKey(radiologist.id())) {
            throw new IllegalStateException("duplicate id");
        }
        byId.put(radiologist.id(), copy(radiologist));
        return copy(radiologist);
    }

    @Override
    public Radiologist update(Radiologist radiologist) {
        Radiologist stored = byId.get(radiologist.id());
        Versions.check(stored.version(), radiologist.version(), "radiologist");
        Radiologist next = Radiologist.restore(radiologist.id(), radiologist.profile(), radiologist.active(),
                stored.version() + 1);
        byId.put(next.id(), next);
        return copy(next);
    }

    @Override
    public Page<Radiologist> search(RadiologistCriteria c, PageRequest page) {
        List<Radiologist> all = byId.values().stream()
                .filter(r -> c.name() == null || (r.profile().name().family() + " " + r.profile().name().given())
                        .toLowerCase().contains(c.name().toLowerCase()))
                .filter(r -> c.licensedIn() == null || licenses.forRadiologist(r.id()).stream()
                        .anyMatch(l -> l.terms().jurisdiction().equals(c.licensedIn())))
                .filter(r -> c.subspecialty() == null || r.profile().subspecialties().contains(c.subspecialty()))
                .filter(r -> c.facilityCode() == null || privileges.search(PrivilegeCriteria.ofRadiologist(r.id()),
                        PageRequest.all()).items().stream().anyMatch(p -> p.status() != PrivilegeStatus.REVOKED
                                && p.facilityCode().value().equals(c.facilityCode())))
                .filter(r -> c.active() == null || c.active() == r.active())
                .sorted(Comparator.comparing((Radiologist r) -> r.profile().name().family().toLowerCase())
                        .thenComparing(r -> r.profile().name().given().toLowerCase()))
                .map(InMemoryRadiologists::copy).toList();
        return Page.slice(all, page);
    }

    public int size() {
        return byId.size();
    }

    private static Radiologist copy(Radiologist r) {
        return Radiologist.restore(r.id(), r.profile(), r.active(), r.version());
    }
}
