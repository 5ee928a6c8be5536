package org.telerad.registry.privilege.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.common.persistence.Stores;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.privilege.domain.Privilege;
import org.telerad.registry.privilege.domain.PrivilegeCriteria;
import org.telerad.registry.privilege.domain.PrivilegeId;
import org.telerad.registry.privilege.domain.PrivilegeRepository;
import org.telerad.registry.privilege.domain.PrivilegeScope;
import org.telerad.registry.privilege.domain.PrivilegeStatus;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Privileges in PostgreSQL through the {@code telerad} persistence unit. */
@ApplicationScoped
public class JpaPrivilegeRepository implements PrivilegeRepository {

    @PersistenceContext(unitName = "telerad")
    EntityManager em;

    @Override
    public Optional<Privilege> find(PrivilegeId id) {
        return Optional.ofNullable(em.find(PrivilegeEntity.class, id.value())).map(JpaPrivilegeRepository::toDomain);
    }

    @Override
    public Optional<Privilege> findCurrent(RadiologistId radiologist, FacilityId facility) {
        return em.createQuery("select p from PrivilegeEntity p where p.radiologistId = :r and p.facilityId = :f"
                + " and p.status <> :revoked", PrivilegeEntity.class).setParameter("r", radiologist.value())
                .setParameter("f", facility.value()).setParameter("revoked", PrivilegeStatus.REVOKED)
                .getResultStream().findFirst().map(JpaPrivilegeRepository::toDomain);
    }

    @Override
    public Privilege add(Privilege privilege) {
        PrivilegeEntity e = new PrivilegeEntity(privilege.id().value());
        e.radiologistId = privilege.radiologist().value();
        e.facilityId = privilege.facility().value();
        e.facilityCode = privilege.facilityCode().value();
        e.grantedBy = privilege.grantedBy();
        e.grantedAt = privilege.grantedAt();
        apply(privilege, e);
        Stores.persist(em, e, "privilege");
        return toDomain(e);
    }

    @Override
    public Privilege update(Privilege privilege) {
        PrivilegeEntity e = Stores.loadForUpdate(em, PrivilegeEntity.class, privilege.id().value(),
                privilege.version(), "privilege", x -> x.version);
        apply(privilege, e);
        Stores.flush(em, "privilege");
        return toDomain(e);
    }

    @Override
    public Page<Privilege> search(PrivilegeCriteria c, PageRequest page) {
        if (c.withinFacilities() != null && c.withinFacilities().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.facility() != null) {
            where.append(" and p.facilityCode = :facility");
            params.put("facility", c.facility().value());
        }
        if (c.radiologist() != null) {
            where.append(" and p.radiologistId = :radiologist");
            params.put("radiologist", c.radiologist().value());
        }
        if (c.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", c.status());
        }
        if (c.withinFacilities() != null) {
            where.append(" and p.facilityCode in :within");
            params.put("within", c.withinFacilities().stream().map(FacilityCode::value).toList());
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from PrivilegeEntity p" + where, Long.class);
        TypedQuery<PrivilegeEntity> select = em.createQuery("select p from PrivilegeEntity p" + where
                + " order by p.facilityCode, p.grantedAt, p.id", PrivilegeEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Privilege> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(JpaPrivilegeRepository::toDomain).toList();
        return Page.of(items, page, total);
    }

    @Override
    public List<Privilege> endingBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select p from PrivilegeEntity p where p.status <> :revoked and p.validTo >= :from"
                + " and p.validTo <= :to order by p.validTo, p.id", PrivilegeEntity.class)
                .setParameter("revoked", PrivilegeStatus.REVOKED).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(JpaPrivilegeRepository::toDomain).toList();
    }

    @Override
    public List<Privilege> current() {
        return em.createQuery("select p from PrivilegeEntity p where p.status <> :revoked order by p.id",
                PrivilegeEntity.class).setParameter("revoked", PrivilegeStatus.REVOKED).getResultStream()
                .map(JpaPrivilegeRepository::toDomain).toList();
    }

    static void apply(Privilege p, PrivilegeEntity e) {
        e.status = p.status();
        e.validFrom = p.validity().validFrom();
        e.validTo = p.validity().validTo();
        e.scopeModalities = join(p.scope().modalities(), Modality::code);
        e.scopeSubspecialties = join(p.scope().subspecialties(), Subspecialty::name);
        e.scopeReadTypes = join(p.scope().readTypes(), ReadType::name);
        e.availableTimes = p.availability().notation();
    }

    private static <T> String join(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toSet());
    }

    public static Privilege toDomain(PrivilegeEntity e) {
        PrivilegeScope scope = new PrivilegeScope(split(e.scopeModalities, Modality::new),
                split(e.scopeSubspecialties, Subspecialty::valueOf), split(e.scopeReadTypes, ReadType::valueOf));
        return Privilege.restore(new PrivilegeId(e.id), new RadiologistId(e.radiologistId),
                new FacilityId(e.facilityId), new FacilityCode(e.facilityCode), e.status,
                new Validity(e.validFrom, e.validTo), scope, WeeklyAvailability.parse(e.availableTimes), e.grantedBy,
                e.grantedAt, e.version);
    }
}
