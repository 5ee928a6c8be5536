package org.telerad.registry.facility.persistence;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.persistence.Stores;
import org.telerad.registry.facility.domain.Facility;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityCriteria;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.facility.domain.FacilityProfile;
import org.telerad.registry.facility.domain.FacilityRepository;
import org.telerad.registry.facility.domain.ResidencyRegion;
import org.telerad.registry.facility.domain.StudyIdentifiers;

/** Facilities in PostgreSQL through the {@code telerad} persistence unit. */
@ApplicationScoped
public class JpaFacilityRepository implements FacilityRepository {

    @PersistenceContext(unitName = "telerad")
    EntityManager em;

    @Override
    public Optional<Facility> find(FacilityId id) {
        return Optional.ofNullable(em.find(FacilityEntity.class, id.value())).map(JpaFacilityRepository::toDomain);
    }

    @Override
    public Optional<Facility> findByCode(FacilityCode code) {
        return em.createQuery("select f from FacilityEntity f where f.code = :c", FacilityEntity.class)
                .setParameter("c", code.value()).getResultStream().findFirst().map(JpaFacilityRepository::toDomain);
    }

    @Override
    public Facility add(Facility facility) {
        FacilityEntity e = new FacilityEntity(facility.id().value());
        e.code = facility.code().value();
        apply(facility, e);
        Stores.persist(em, e, "facility");
        return toDomain(e);
    }

    @Override
    public Facility update(Facility facility) {
        FacilityEntity e = Stores.loadForUpdate(em, FacilityEntity.class, facility.id().value(), facility.version(),
                "facility", x -> x.version);
        apply(facility, e);
        Stores.flush(em, "facility");
        return toDomain(e);
    }

    @Override
    public Page<Facility> search(FacilityCriteria c, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.name() != null) {
            where.append(" and (lower(f.name) like :name or f.code like :name)");
            params.put("name", "%" + Stores.escapeLike(c.name().toLowerCase()) + "%");
        }
        if (c.jurisdiction() != null) {
            where.append(" and f.jurisdiction = :jurisdiction");
            params.put("jurisdiction", c.jurisdiction().code());
        }
        if (c.active() != null) {
            where.append(" and f.active = :active");
            params.put("active", c.active());
        }
        TypedQuery<Long> count = em.createQuery("select count(f) from FacilityEntity f" + where, Long.class);
        TypedQuery<FacilityEntity> select = em.createQuery("select f from FacilityEntity f" + where
                + " order by f.code", FacilityEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Facility> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(JpaFacilityRepository::toDomain).toList();
        return Page.of(items, page, total);
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from FacilityEntity f", Long.class).getSingleResult();
    }

    static void apply(Facility f, FacilityEntity e) {
        FacilityProfile p = f.profile();
        e.name = p.name();
        e.jurisdiction = p.jurisdiction().code();
        e.residencyOverride = p.override().map(ResidencyRegion::code).orElse(null);
        e.timeZone = p.timeZone().getId();
        e.active = f.active();
        Set<FacilityIdentifierEmbeddable> ids = new HashSet<>();
        p.identifiers().aeTitles().forEach(v -> ids.add(new FacilityIdentifierEmbeddable(
                FacilityIdentifierEmbeddable.AE_TITLE, v)));
        p.identifiers().institutionNames().forEach(v -> ids.add(new FacilityIdentifierEmbeddable(
                FacilityIdentifierEmbeddable.INSTITUTION_NAME, v)));
        p.identifiers().hl7Facilities().forEach(v -> ids.add(new FacilityIdentifierEmbeddable(
                FacilityIdentifierEmbeddable.HL7_FACILITY, v)));
        if (!e.identifiers.equals(ids)) {
            e.identifiers.clear();
            e.identifiers.addAll(ids);
        }
    }

    public static Facility toDomain(FacilityEntity e) {
        Set<String> ae = new HashSet<>();
        Set<String> inst = new HashSet<>();
        Set<String> hl7 = new HashSet<>();
        for (FacilityIdentifierEmbeddable i : e.identifiers) {
            switch (i.kind) {
                case FacilityIdentifierEmbeddable.AE_TITLE -> ae.add(i.value);
                case FacilityIdentifierEmbeddable.INSTITUTION_NAME -> inst.add(i.value);
                default -> hl7.add(i.value);
            }
        }
        FacilityProfile profile = new FacilityProfile(e.name, new Jurisdiction(e.jurisdiction),
                e.residencyOverride == null ? null : new ResidencyRegion(e.residencyOverride), ZoneId.of(e.timeZone),
                new StudyIdentifiers(ae, inst, hl7));
        return Facility.restore(new FacilityId(e.id), new FacilityCode(e.code), profile, e.active, e.version);
    }
}
