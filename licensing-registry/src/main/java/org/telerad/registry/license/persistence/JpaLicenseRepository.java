package org.telerad.registry.license.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.common.persistence.Stores;
import org.telerad.registry.license.domain.License;
import org.telerad.registry.license.domain.LicenseId;
import org.telerad.registry.license.domain.LicenseRepository;
import org.telerad.registry.license.domain.LicenseStatus;
import org.telerad.registry.license.domain.LicenseTerms;
import org.telerad.registry.license.domain.Verification;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Licenses in PostgreSQL through the {@code telerad} persistence unit. */
@ApplicationScoped
public class JpaLicenseRepository implements LicenseRepository {

    @PersistenceContext(unitName = "telerad")
    EntityManager em;

    @Override
    public Optional<License> find(LicenseId id) {
        return Optional.ofNullable(em.find(LicenseEntity.class, id.value())).map(JpaLicenseRepository::toDomain);
    }

    @Override
    public List<License> forRadiologist(RadiologistId radiologist) {
        return em.createQuery("select l from LicenseEntity l where l.radiologistId = :r"
                + " order by l.jurisdiction, l.validFrom, l.id", LicenseEntity.class)
                .setParameter("r", radiologist.value()).getResultStream().map(JpaLicenseRepository::toDomain).toList();
    }

    @Override
    public Optional<License> findByNumber(Jurisdiction jurisdiction, String number) {
        return em.createQuery("select l from LicenseEntity l where l.jurisdiction = :j and l.number = :n",
                LicenseEntity.class).setParameter("j", jurisdiction.code()).setParameter("n", number)
                .getResultStream().findFirst().map(JpaLicenseRepository::toDomain);
    }

    @Override
    public License add(License license) {
        LicenseEntity e = new LicenseEntity(license.id().value());
        e.radiologistId = license.radiologist().value();
        apply(license, e);
        Stores.persist(em, e, "license");
        return toDomain(e);
    }

    @Override
    public License update(License license) {
        LicenseEntity e = Stores.loadForUpdate(em, LicenseEntity.class, license.id().value(), license.version(),
                "license", x -> x.version);
        apply(license, e);
        Stores.flush(em, "license");
        return toDomain(e);
    }

    @Override
    public List<License> endingBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select l from LicenseEntity l where l.status <> :revoked and l.validTo >= :from"
                + " and l.validTo <= :to order by l.validTo, l.id", LicenseEntity.class)
                .setParameter("revoked", LicenseStatus.REVOKED).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(JpaLicenseRepository::toDomain).toList();
    }

    static void apply(License l, LicenseEntity e) {
        LicenseTerms t = l.terms();
        e.jurisdiction = t.jurisdiction().code();
        e.number = t.number();
        e.type = t.type();
        e.status = l.status();
        e.validFrom = t.validity().validFrom();
        e.validTo = t.validity().validTo();
        e.verifiedAt = t.verified().map(Verification::verifiedAt).orElse(null);
        e.verifiedBy = t.verified().map(Verification::verifiedBy).orElse(null);
    }

    public static License toDomain(LicenseEntity e) {
        LicenseTerms terms = new LicenseTerms(new Jurisdiction(e.jurisdiction), e.number, e.type,
                new Validity(e.validFrom, e.validTo),
                e.verifiedAt == null ? null : new Verification(e.verifiedAt, e.verifiedBy));
        return License.restore(new LicenseId(e.id), new RadiologistId(e.radiologistId), terms, e.status, e.version);
    }
}
