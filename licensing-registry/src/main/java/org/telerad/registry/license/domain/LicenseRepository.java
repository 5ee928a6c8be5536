package org.telerad.registry.license.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Where licenses are kept. Implementations: {@code JpaLicenseRepository}, in-memory fakes in tests. */
public interface LicenseRepository {

    Optional<License> find(LicenseId id);

    /** A radiologist's licenses ordered by jurisdiction, then validFrom. */
    List<License> forRadiologist(RadiologistId radiologist);

    Optional<License> findByNumber(Jurisdiction jurisdiction, String number);

    License add(License license);

    /** Stores a change; throws {@code TELERAD-REGISTRY-040} (412) when the stored version moved on. */
    License update(License license);

    /** Licenses not revoked whose validTo lies from {@code from} to {@code to}, inclusive, by validTo. */
    List<License> endingBetween(LocalDate from, LocalDate to);
}
