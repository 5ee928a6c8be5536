package org.telerad.registry.expiry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.common.application.Refusals;
import org.telerad.registry.common.application.RegistryAudit;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.facility.domain.Facility;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.facility.domain.FacilityRepository;
import org.telerad.registry.license.domain.License;
import org.telerad.registry.license.domain.LicenseRepository;
import org.telerad.registry.privilege.domain.Privilege;
import org.telerad.registry.privilege.domain.PrivilegeRepository;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.registry.radiologist.domain.RadiologistRepository;
import org.telerad.registry.radiologist.domain.Username;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * Answers which licenses and privileges expire within N days. A license counts for a facility when its
 * radiologist holds a (not revoked) privilege there. Facility admins see only their facilities; a
 * radiologist sees only their own credentials. Audited as a query (it names radiologists).
 */
@ApplicationScoped
@Transactional
public class ExpiryService {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private LicenseRepository licenses;
    private PrivilegeRepository privileges;
    private RadiologistRepository radiologists;
    private FacilityRepository facilities;
    private AuditTrail audit;
    private Supplier<Caller> caller;
    private Clock clock;

    protected ExpiryService() {
        // for CDI proxies
    }

    @Inject
    public ExpiryService(LicenseRepository licenses, PrivilegeRepository privileges,
            RadiologistRepository radiologists, FacilityRepository facilities, AuditTrail audit,
            CurrentCaller caller, Clock clock) {
        this(licenses, privileges, radiologists, facilities, audit, (Supplier<Caller>) caller::get, clock);
    }

    public ExpiryService(LicenseRepository licenses, PrivilegeRepository privileges,
            RadiologistRepository radiologists, FacilityRepository facilities, AuditTrail audit,
            Supplier<Caller> caller, Clock clock) {
        this.licenses = Objects.requireNonNull(licenses, "licenses");
        this.privileges = Objects.requireNonNull(privileges, "privileges");
        this.radiologists = Objects.requireNonNull(radiologists, "radiologists");
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code withinDays} null means {@value #DEFAULT_DAYS}; {@code facility} (id or code) null means all. */
    public ExpiryReport expiring(Integer withinDays, String facility) {
        int days = withinDays == null ? DEFAULT_DAYS : withinDays;
        if (days < 1 || days > MAX_DAYS) {
            throw TeleradException.invalid("TELERAD-REGISTRY-019", "withinDays",
                    "withinDays must be between 1 and " + MAX_DAYS + " (30, 60 or 90 are usual)");
        }
        Caller who = caller.get();
        FacilityCode only = null;
        if (facility != null && !facility.isBlank()) {
            only = findFacility(facility).map(Facility::code).orElseThrow(() -> Refusals.notFound(
                    "TELERAD-REGISTRY-022", "facility", facility));
        }
        Set<String> allowedFacilities = null; // null = all
        RadiologistId ownRecord = null;
        if (!who.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            if (who.hasRole(Roles.FACILITY_ADMIN)) {
                if (only != null && !who.managesFacility(only.value())) {
                    throw TeleradException.forbidden(Refusals.FORBIDDEN,
                            "Facility " + only + " is not one of the facilities you manage");
                }
                allowedFacilities = who.facilityCodes();
            } else if (who.hasRole(Roles.RADIOLOGIST)) {
                ownRecord = own(who).orElse(null);
                if (ownRecord == null) {
                    return new ExpiryReport(days, today(), today().plusDays(days), facilityCode(only), List.of(),
                            List.of());
                }
            } else {
                throw TeleradException.forbidden(Refusals.FORBIDDEN, "You may not read the expiry report");
            }
        }
        LocalDate from = today();
        LocalDate until = from.plusDays(days);
        Set<String> limitTo = allowedFacilities;

        Map<RadiologistId, Set<String>> privilegedAt = new HashMap<>();
        for (Privilege p : privileges.current()) {
            privilegedAt.computeIfAbsent(p.radiologist(), r -> new TreeSet<>()).add(p.facilityCode().value());
        }
        Map<RadiologistId, String> names = new HashMap<>();
        List<ExpiringLicense> expiringLicenses = new ArrayList<>();
        for (License l : licenses.endingBetween(from, until)) {
            Set<String> at = privilegedAt.getOrDefault(l.radiologist(), Set.of());
            if (!visible(l.radiologist(), at, only, allowedFacilities, ownRecord)) {
                continue;
            }
            List<String> shown = at.stream().filter(code -> limitTo == null
                    || limitTo.contains(code)).toList();
            expiringLicenses.add(new ExpiringLicense(l.id().toString(), l.radiologist().toString(),
                    name(names, l.radiologist()), l.terms().jurisdiction().code(), l.terms().number(),
                    l.status().name(), l.validity().validTo(), daysLeft(from, l.validity()), shown));
        }
        List<ExpiringPrivilege> expiringPrivileges = new ArrayList<>();
        for (Privilege p : privileges.endingBetween(from, until)) {
            String code = p.facilityCode().value();
            if ((only != null && !only.value().equals(code))
                    || (allowedFacilities != null && !allowedFacilities.contains(code))
                    || (ownRecord != null && !ownRecord.equals(p.radiologist()))) {
                continue;
            }
            expiringPrivileges.add(new ExpiringPrivilege(p.id().toString(), p.radiologist().toString(),
                    name(names, p.radiologist()), code, p.status().name(), p.validity().validTo(),
                    daysLeft(from, p.validity())));
        }
        audit.record(RegistryAudit.queried("Expiry", only == null ? List.of("withinDays")
                : List.of("withinDays", "facility"), expiringLicenses.size() + expiringPrivileges.size()));
        return new ExpiryReport(days, from, until, facilityCode(only), expiringLicenses, expiringPrivileges);
    }

    private static boolean visible(RadiologistId radiologist, Set<String> privilegedAt, FacilityCode only,
            Set<String> allowedFacilities, RadiologistId ownRecord) {
        if (ownRecord != null && !ownRecord.equals(radiologist)) {
            return false;
        }
        if (only != null && !privilegedAt.contains(only.value())) {
            return false;
        }
        return allowedFacilities == null || privilegedAt.stream().anyMatch(allowedFacilities::contains);
    }

    private String name(Map<RadiologistId, String> names, RadiologistId id) {
        return names.computeIfAbsent(id, r -> radiologists.find(r).map(x -> x.profile().name().display())
                .orElse(null));
    }

    private static long daysLeft(LocalDate from, Validity validity) {
        return ChronoUnit.DAYS.between(from, validity.validTo());
    }

    private static String facilityCode(FacilityCode code) {
        return code == null ? null : code.value();
    }

    private LocalDate today() {
        return Validity.dayOf(clock.instant());
    }

    private Optional<RadiologistId> own(Caller who) {
        try {
            return radiologists.findByUsername(Username.of(who.username())).map(Radiologist::id);
        } catch (TeleradException e) {
            return Optional.empty();
        }
    }

    private Optional<Facility> findFacility(String idOrCode) {
        Optional<FacilityId> id = FacilityId.parse(idOrCode);
        if (id.isPresent()) {
            return facilities.find(id.get());
        }
        try {
            return facilities.findByCode(FacilityCode.of(idOrCode));
        } catch (TeleradException e) {
            return Optional.empty();
        }
    }
}
