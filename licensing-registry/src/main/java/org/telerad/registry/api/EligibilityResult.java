package org.telerad.registry.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The registry's answer to an {@link EligibilityQuery}: every radiologist of the registry appears exactly
 * once, either in {@link #eligible()} with the licenses and the privilege that qualified them, or in
 * {@link #excluded()} with <em>every</em> named rule that excluded them (not only the first), so routing
 * can record an explanation of each decision. {@code registryRevision} identifies the registry state the
 * answer was computed from. Immutable.
 */
public record EligibilityResult(EligibilityQuery query, AtFacility facility, long registryRevision,
        List<Eligible> eligible, List<Excluded> excluded) {

    public EligibilityResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(facility, "facility");
        eligible = List.copyOf(eligible);
        excluded = List.copyOf(excluded);
    }

    /** True when the radiologist may take the read. */
    public boolean isEligible(UUID radiologistId) {
        return eligibility(radiologistId).isPresent();
    }

    public Optional<Eligible> eligibility(UUID radiologistId) {
        for (Eligible e : eligible) {
            if (e.radiologistId().equals(radiologistId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Why the radiologist may not take the read, when they may not. */
    public Optional<Excluded> exclusion(UUID radiologistId) {
        for (Excluded e : excluded) {
            if (e.radiologistId().equals(radiologistId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The excluded radiologists by id, for callers that look many up. */
    public Map<UUID, Excluded> excludedById() {
        Map<UUID, Excluded> byId = new HashMap<>(excluded.size() * 2);
        for (Excluded e : excluded) {
            byId.put(e.radiologistId(), e);
        }
        return byId;
    }

    /**
     * The facility the question was about, as the registry knew it: its jurisdiction (where its patients are
     * scanned), its time zone and the calendar {@code date} there at the instant of the read, which is the
     * date license and privilege validity were checked against.
     */
    public record AtFacility(UUID facilityId, String code, String name, Jurisdiction jurisdiction, String timeZone,
            LocalDate date) {
        public AtFacility {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A radiologist who may take the read, with what qualified them; {@code username} is their Keycloak login
     * (the performer routing assigns), null when the registry knows none.
     */
    public record Eligible(UUID radiologistId, String name, String username, List<QualifyingLicense> licenses,
            QualifyingPrivilege privilege) {
        public Eligible {
            Objects.requireNonNull(radiologistId, "radiologistId");
            licenses = List.copyOf(licenses);
            Objects.requireNonNull(privilege, "privilege");
        }
    }

    /** A radiologist who may not take the read, with every rule that excluded them (at least one). */
    public record Excluded(UUID radiologistId, String name, List<EligibilityRejection> rejections) {
        public Excluded {
            Objects.requireNonNull(radiologistId, "radiologistId");
            rejections = List.copyOf(rejections);
            if (rejections.isEmpty()) {
                throw new IllegalArgumentException("an exclusion names at least one rejecting rule");
            }
        }

        /** True when the named rule is among those that excluded the radiologist. */
        public boolean rejectedBy(String rule) {
            for (EligibilityRejection r : rejections) {
                if (r.rule().equals(rule)) {
                    return true;
                }
            }
            return false;
        }

        /** True when a rejection carries this stable code. */
        public boolean hasCode(String code) {
            for (EligibilityRejection r : rejections) {
                if (r.code().equals(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An active license, valid at the instant, whose jurisdiction covers the facility's. */
    public record QualifyingLicense(UUID licenseId, Jurisdiction jurisdiction, String number, LocalDate validFrom,
            LocalDate validTo) {
        public QualifyingLicense {
            Objects.requireNonNull(licenseId, "licenseId");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
        }
    }

    /**
     * The active privilege at the facility, valid at the instant, whose scope covers the modality, the read
     * type and the required subspecialties. An empty scope set means "not narrowed" (any modality, any
     * subspecialty, both read types).
     */
    public record QualifyingPrivilege(UUID privilegeId, String facilityCode, Set<Modality> modalities,
            Set<Subspecialty> subspecialties, Set<ReadType> readTypes, LocalDate validFrom, LocalDate validTo) {
        public QualifyingPrivilege {
            Objects.requireNonNull(privilegeId, "privilegeId");
            Objects.requireNonNull(facilityCode, "facilityCode");
            modalities = Set.copyOf(modalities);
            subspecialties = Set.copyOf(subspecialties);
            readTypes = Set.copyOf(readTypes);
        }
    }
}
