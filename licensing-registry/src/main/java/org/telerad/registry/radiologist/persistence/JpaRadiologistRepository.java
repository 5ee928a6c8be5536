package org.telerad.registry.radiologist.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.persistence.Stores;
import org.telerad.registry.radiologist.domain.EmailAddress;
import org.telerad.registry.radiologist.domain.Identifier;
import org.telerad.registry.radiologist.domain.PersonName;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.registry.radiologist.domain.RadiologistCriteria;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.registry.radiologist.domain.RadiologistProfile;
import org.telerad.registry.radiologist.domain.RadiologistRepository;
import org.telerad.registry.radiologist.domain.Username;

/** Radiologists in PostgreSQL through the {@code telerad} persistence unit. */
@ApplicationScoped
public class JpaRadiologistRepository implements RadiologistRepository {

    @PersistenceContext(unitName = "telerad")
    EntityManager em;

    @Override
    public Optional<Radiologist> find(RadiologistId id) {
        return Optional.ofNullable(em.find(RadiologistEntity.class, id.value()))
                .map(JpaRadiologistRepository::toDomain);
    }

    @Override
    public Optional<Radiologist> findByUsername(Username username) {
        return em.createQuery("select r from RadiologistEntity r where r.username = :u", RadiologistEntity.class)
                .setParameter("u", username.value()).getResultStream().findFirst()
                .map(JpaRadiologistRepository::toDomain);
    }

    @Override
    public List<Radiologist> findByIdentifier(Identifier identifier) {
        return em.createQuery("select distinct r from RadiologistEntity r join r.identifiers i"
                + " where i.system = :s and i.value = :v", RadiologistEntity.class)
                .setParameter("s", identifier.system()).setParameter("v", identifier.value()).getResultStream()
                .map(JpaRadiologistRepository::toDomain)
                .sorted(java.util.Comparator.comparing((Radiologist r) -> r.profile().name().family().toLowerCase())
                        .thenComparing(r -> r.profile().name().given().toLowerCase())
                        .thenComparing(r -> r.id().value()))
                .toList();
    }

    @Override
    public Radiologist add(Radiologist radiologist) {
        RadiologistEntity e = new RadiologistEntity(radiologist.id().value());
        apply(radiologist, e);
        Stores.persist(em, e, "radiologist");
        return toDomain(e);
    }

    @Override
    public Radiologist update(Radiologist radiologist) {
        RadiologistEntity e = Stores.loadForUpdate(em, RadiologistEntity.class, radiologist.id().value(),
                radiologist.version(), "radiologist", x -> x.version);
        apply(radiologist, e);
        Stores.flush(em, "radiologist");
        return toDomain(e);
    }

    @Override
    public Page<Radiologist> search(RadiologistCriteria c, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.name() != null) {
            where.append(" and (lower(r.familyName) like :name or lower(r.givenName) like :name"
                    + " or lower(concat(r.givenName, ' ', r.familyName)) like :name)");
            params.put("name", "%" + Stores.escapeLike(c.name().toLowerCase()) + "%");
        }
        if (c.licensedIn() != null) {
            where.append(" and exists (select l.id from LicenseEntity l where l.radiologistId = r.id"
                    + " and l.jurisdiction = :jurisdiction)");
            params.put("jurisdiction", c.licensedIn().code());
        }
        if (c.subspecialty() != null) {
            where.append(" and :subspecialty member of r.subspecialties");
            params.put("subspecialty", c.subspecialty().name());
        }
        if (c.facilityCode() != null) {
            where.append(" and exists (select p.id from PrivilegeEntity p where p.radiologistId = r.id"
                    + " and p.facilityCode = :facility and p.status <> :revoked)");
            params.put("facility", c.facilityCode());
            params.put("revoked", org.telerad.registry.privilege.domain.PrivilegeStatus.REVOKED);
        }
        if (c.active() != null) {
            where.append(" and r.active = :active");
            params.put("active", c.active());
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from RadiologistEntity r" + where, Long.class);
        TypedQuery<RadiologistEntity> select = em.createQuery("select r from RadiologistEntity r" + where
                + " order by lower(r.familyName), lower(r.givenName), r.id", RadiologistEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Radiologist> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(JpaRadiologistRepository::toDomain).toList();
        return Page.of(items, page, total);
    }

    static void apply(Radiologist r, RadiologistEntity e) {
        RadiologistProfile p = r.profile();
        e.familyName = p.name().family();
        e.givenName = p.name().given();
        e.namePrefix = p.name().prefix();
        e.nameSuffix = p.name().suffix();
        e.email = p.email().value();
        e.username = p.login().map(Username::value).orElse(null);
        e.homeCountry = p.homeCountry().code();
        e.active = r.active();
        Set<IdentifierEmbeddable> ids = p.identifiers().stream()
                .map(i -> new IdentifierEmbeddable(i.system(), i.value())).collect(Collectors.toSet());
        if (!e.identifiers.equals(ids)) {
            e.identifiers.clear();
            e.identifiers.addAll(ids);
        }
        Set<String> subs = p.subspecialties().stream().map(Subspecialty::name).collect(Collectors.toSet());
        if (!e.subspecialties.equals(subs)) {
            e.subspecialties.clear();
            e.subspecialties.addAll(subs);
        }
    }

    public static Radiologist toDomain(RadiologistEntity e) {
        List<Identifier> identifiers = new ArrayList<>();
        e.identifiers.stream().sorted((a, b) -> a.system.compareTo(b.system))
                .forEach(i -> identifiers.add(new Identifier(i.system, i.value)));
        Set<Subspecialty> subs = EnumSet.noneOf(Subspecialty.class);
        e.subspecialties.forEach(s -> subs.add(Subspecialty.valueOf(s)));
        RadiologistProfile profile = new RadiologistProfile(
                new PersonName(e.familyName, e.givenName, e.namePrefix, e.nameSuffix), identifiers,
                new EmailAddress(e.email), e.username == null ? null : new Username(e.username), new HashSet<>(subs),
                new Jurisdiction(e.homeCountry));
        return Radiologist.restore(new RadiologistId(e.id), profile, e.active, e.version);
    }
}
