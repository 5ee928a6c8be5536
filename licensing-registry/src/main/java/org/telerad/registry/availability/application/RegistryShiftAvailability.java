package org.telerad.registry.availability.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.ShiftAvailability;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.eligibility.application.RegistryEligibility;
import org.telerad.registry.eligibility.domain.CredentialStatus;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.PrivilegeRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;

/**
 * The {@link ShiftAvailability} Telerad runs: answers from the eligibility snapshot the last eligibility
 * question used ({@link RegistryEligibility#lastSnapshot()}), so it matches that question's registry
 * revision and costs a map look-up. Thread safe.
 */
@ApplicationScoped
public class RegistryShiftAvailability implements ShiftAvailability {

    private RegistryEligibility eligibility;

    protected RegistryShiftAvailability() {
        // for CDI proxies
    }

    @Inject
    public RegistryShiftAvailability(RegistryEligibility eligibility) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    }

    @Override
    public Optional<String> offShiftBecause(UUID radiologistId, String facilityCode, Instant at) {
        return offShiftBecause(eligibility.lastSnapshot(), radiologistId, facilityCode, at);
    }

    /** The answer for one snapshot: the radiologist's current (not revoked) privilege at the facility decides. */
    public static Optional<String> offShiftBecause(RegistrySnapshot snapshot, UUID radiologistId,
            String facilityCode, Instant at) {
        if (radiologistId == null || facilityCode == null || at == null) {
            return Optional.empty();
        }
        Optional<FacilityRecord> facility = snapshot.facility(facilityCode);
        if (facility.isEmpty()) {
            return Optional.empty();
        }
        WeeklyAvailability windows = snapshot.radiologist(radiologistId).stream()
                .flatMap(r -> r.privileges().stream())
                .filter(p -> p.facilityCode().equals(facilityCode) && p.status() != CredentialStatus.REVOKED)
                .map(PrivilegeRecord::availability).findFirst().orElse(WeeklyAvailability.always());
        ZoneId zone = facility.get().timeZone();
        if (windows.covers(at, zone)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return Optional.of("off shift at " + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + " " + local.toLocalTime().withSecond(0).withNano(0) + " (" + zone.getId() + "); reads "
                + facilityCode + " " + windows.describe());
    }
}
