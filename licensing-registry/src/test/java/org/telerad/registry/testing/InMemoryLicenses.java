package org.telerad.registry.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.license.domain.License;
import org.telerad.registry.license.domain.LicenseId;
import org.telerad.registry.license.domain.LicenseRepository;
import org.telerad.registry.license.domain.LicenseStatus;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Licenses in a map. */
public final class InMemoryLicenses implements LicenseRepository {

    private final Map<LicenseId, License> byId = new LinkedHashMap<>();

    @Override
    public Optional<License> find(LicenseId id) {
        return Optional.ofNullable(byId.get(id)).map(InMemoryLicenses::copy);
    }

    @Override
    public List<License> forRadiologist(RadiologistId radiologist) {
        return byId.values().stream().filter(l -> l.radiologist().equals(radiologist))
                .sorted(Comparator.comparing((License l) -> l.terms().jurisdiction().code())
                        .thenComparing(l -> l.validity().validFrom()))
                .map(InMemoryLicenses::copy).toList();
    }

    @Override
    public Optional<License> findByNumber(Jurisdiction jurisdiction, String number) {
        return byId.values().stream().filter(l -> l.terms().jurisdiction().equals(jurisdiction)
                && l.terms().number().equals(number)).findFirst().map(InMemoryLicenses::copy);
    }

    @Override
    public License add(License license) {
        byId.put(license.id(), copy(license));
        return copy(license);
    }

    @Override
    public License update(License license) {
        License stored = byId.get(license.id());
        Versions.check(stored.version(), license.version(), "license");
        License next = License.restore(license.id(), license.radiologist(), license.terms(), license.status(),
                stored.version() + 1);
        byId.put(next.id(), next);
        return copy(next);
    }

    @Override
    public List<License> endingBetween(LocalDate from, LocalDate to) {
        return byId.values().stream().filter(l -> l.status() != LicenseStatus.REVOKED)
                .filter(l -> l.validity().endsBetween(from, to))
                .sorted(Comparator.comparing((License l) -> l.validity().validTo())).map(InMemoryLicenses::copy)
                .toList();
    }

    private static License copy(License l) {
        return License.restore(l.id(), l.radiologist(), l.terms(), l.status(), l.version());
    }
}
