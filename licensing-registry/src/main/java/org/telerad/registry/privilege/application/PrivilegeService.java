package org.telerad.registry.privilege.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.availability.application.AvailableTimes;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.common.application.Refusals;
import org.telerad.registry.common.application.RegistryAudit;
import org.telerad.registry.common.application.RegistryEvents;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.common.domain.Violations;
import org.telerad.registry.facility.domain.Facility;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.facility.domain.FacilityRepository;
import org.telerad.registry.license.application.LicenseService;
import org.telerad.registry.privilege.domain.Privilege;
import org.telerad.registry.privilege.domain.PrivilegeCriteria;
import org.telerad.registry.privilege.domain.PrivilegeId;
import org.telerad.registry.privilege.domain.PrivilegeRepository;
import org.telerad.registry.privilege.domain.PrivilegeScope;
import org.telerad.registry.privilege.domain.PrivilegeStatus;
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
 * Grants, reads, rescopes, suspends, reinstates, revokes and searches privileges. A facility admin works
 * only on privileges of the facilities in their token (403 otherwise, and lists show only those); a
 * radiologist reads only their own. Every change is audited with the facility code.
 */
@ApplicationScoped
@Transactional
public class PrivilegeService {

    public static final String OBJECT_TYPE = "Privilege";
    static final String NOT_FOUND = "TELERAD-REGISTRY-023";
    static final String UNKNOWN_REFERENCE = "TELERAD-REGISTRY-024";
    static final String DUPLICATE = "TELERAD-REGISTRY-033";

    private PrivilegeRepository privileges;
    private RadiologistRepository radiologists;
    private FacilityRepository facilities;
    private AuditTrail audit;
    private RegistryEvents events;
    private Supplier<Caller> caller;
    private Clock clock;

    protected PrivilegeService() {
        // for CDI proxies
    }

    @Inject
    public PrivilegeService(PrivilegeRepository privileges, RadiologistRepository radiologists,
            FacilityRepository facilities, AuditTrail audit, RegistryEvents events, CurrentCaller caller, Clock clock) {
        this(privileges, radiologists, facilities, audit, events, (Supplier<Caller>) caller::get, clock);
    }

    public PrivilegeService(PrivilegeRepository privileges, RadiologistRepository radiologists,
            FacilityRepository facilities, AuditTrail audit, RegistryEvents events, Supplier<Caller> caller,
                    Clock clock) {
        this.privileges = Objects.requireNonNull(privileges, "privileges");
        this.radiologists = Objects.requireNonNull(radiologists, "radiologists");
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.events = Objects.requireNonNull(events, "events");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Grants a privilege, recording the caller as grantor. */
    public PrivilegeView grant(PrivilegeDetails details) {
        Caller who = caller();
        if (details == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/", "a privilege is required");
        }
        Violations v = new Violations();
        v.require("/radiologistId", details.radiologistId(), "radiologistId");
        v.require("/facility", details.facility(), "facility");
        Validity validity = validityOf(details, v);
        PrivilegeScope scope = scopeOf(details.scope(), v);
        WeeklyAvailability availability = AvailableTimes.of(details.availableTimes(), v, "/availableTimes");
        v.throwIfAny("The privilege is not valid");
        Facility facility = facility(details.facility());
        Refusals.enforce(PrivilegeAccess.mayManage(who, facility.code()));
        Radiologist radiologist = RadiologistId.parse(details.radiologistId()).flatMap(radiologists::find)
                .orElseThrow(() -> Refusals.unknownReference(UNKNOWN_REFERENCE, "/radiologistId", "radiologist",
                        details.radiologistId()));
        privileges.findCurrent(radiologist.id(), facility.id()).ifPresent(existing -> {
            throw TeleradException.conflict(DUPLICATE, "The radiologist already holds privilege " + existing.id()
                    + " at " + facility.code() + "; rescope, suspend or revoke it instead");
        });
        Privilege stored = privileges.add(Privilege.grant(PrivilegeId.newId(), radiologist.id(), facility.id(),
                facility.code(), validity, scope, availability, who.username(), clock.instant()));
        audit.record(RegistryAudit.created(OBJECT_TYPE, stored.id().toString(), stored.facilityCode().value()));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored, clock.instant());
    }

    public PrivilegeView get(String id) {
        Privilege privilege = load(id);
        Caller who = caller();
        Refusals.enforce(PrivilegeAccess.mayRead(who, privilege.facilityCode(), isOwn(who, privilege)));
        return view(privilege, clock.instant());
    }

    /** Changes dates and scope; the radiologist and facility of a privilege never change. */
    public PrivilegeView update(String id, Long expectedVersion, PrivilegeDetails details) {
        Privilege privilege = load(id);
        Refusals.enforce(PrivilegeAccess.mayManage(caller(), privilege.facilityCode()));
        Refusals.requireVersion(expectedVersion, privilege.version(), "privilege");
        if (details == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/", "a privilege is required");
        }
        Violations v = new Violations();
        if (details.radiologistId() != null && !details.radiologistId().isBlank()
                && !RadiologistId.parse(details.radiologistId()).map(privilege.radiologist()::equals).orElse(false)) {
            v.add("TELERAD-REGISTRY-010", "/radiologistId", "a privilege's radiologist never changes");
        }
        if (details.facility() != null && !details.facility().isBlank()
                && !details.facility().strip().equals(privilege.facilityCode().value())
                && !details.facility().strip().equals(privilege.facility().toString())) {
            v.add("TELERAD-REGISTRY-010", "/facility", "a privilege's facility never changes");
        }
        Validity validity = validityOf(details, v);
        PrivilegeScope scope = scopeOf(details.scope(), v);
        WeeklyAvailability availability = details.availableTimes() == null ? privilege.availability()
                : AvailableTimes.of(details.availableTimes(), v, "/availableTimes");
        v.throwIfAny("The privilege is not valid");
        List<String> changed = privilege.rescope(validity, scope, availability);
        Privilege stored = changed.isEmpty() ? privilege : privileges.update(privilege);
        audit.record(RegistryAudit.updated(OBJECT_TYPE, stored.id().toString(), stored.facilityCode().value(),
                changed));
        if (!changed.isEmpty()) {
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored, clock.instant());
    }

    public PrivilegeView suspend(String id, Long expectedVersion) {
        return transition(id, expectedVersion, "suspended", Privilege::suspend);
    }

    public PrivilegeView reinstate(String id, Long expectedVersion) {
        return transition(id, expectedVersion, "reinstated", Privilege::reinstate);
    }

    public PrivilegeView revoke(String id, Long expectedVersion) {
        return transition(id, expectedVersion, "revoked", Privilege::revoke);
    }

    /**
     * Lists privileges. Facility admins see only their facilities' (403 when they filter on another);
     * radiologists see only their own.
     */
    public Page<PrivilegeView> search(PrivilegeSearch search, PageRequest page) {
        Caller who = caller();
        PrivilegeSearch s = search == null ? PrivilegeSearch.any() : search;
        Violations v = new Violations();
        PrivilegeStatus status = s.status() == null || s.status().isBlank() ? null
                : v.check("status", () -> status(s.status()));
        v.throwIfAny("The privilege search is not valid");
        FacilityCode facility = null;
        if (s.facility() != null && !s.facility().isBlank()) {
            Optional<Facility> found = findFacility(s.facility());
            if (found.isEmpty()) {
                if (!PrivilegeAccess.readsAll(who) && !who.hasRole(Roles.RADIOLOGIST)) {
                    throw TeleradException.forbidden(Refusals.FORBIDDEN,
                            "Facility " + s.facility() + " is not one of the facilities you manage");
                }
                return Page.of(List.of(), page, 0);
            }
            facility = found.get().code();
        }
        RadiologistId radiologist = null;
        if (s.radiologist() != null && !s.radiologist().isBlank()) {
            Optional<RadiologistId> parsed = RadiologistId.parse(s.radiologist());
            if (parsed.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            radiologist = parsed.get();
        }
        Set<FacilityCode> within = null;
        if (!PrivilegeAccess.readsAll(who)) {
            if (who.hasRole(Roles.FACILITY_ADMIN)) {
                if (facility != null) {
                    Refusals.enforce(PrivilegeAccess.mayRead(who, facility, false));
                }
                within = new HashSet<>();
                for (String code : who.facilityCodes()) {
                    FacilityCode fc = new Violations().check("facility", () -> FacilityCode.of(code));
                    if (fc != null) {
                        within.add(fc);
                    }
                }
            } else if (who.hasRole(Roles.RADIOLOGIST)) {
                Optional<RadiologistId> own = ownRecord(who);
                if (own.isEmpty() || (radiologist != null && !radiologist.equals(own.get()))) {
                    return Page.of(List.of(), page, 0);
                }
                radiologist = own.get();
            } else {
                throw TeleradException.forbidden(Refusals.FORBIDDEN, "You may not list privileges");
            }
        }
        Instant now = clock.instant();
        return privileges.search(new PrivilegeCriteria(facility, radiologist, status, within), page)
                .map(p -> view(p, now));
    }

    private PrivilegeView transition(String id, Long expectedVersion, String what, Consumer<Privilege> verb) {
        Privilege privilege = load(id);
        Refusals.enforce(PrivilegeAccess.mayManage(caller(), privilege.facilityCode()));
        Refusals.requireVersion(expectedVersion, privilege.version(), "privilege");
        PrivilegeStatus before = privilege.status();
        verb.accept(privilege);
        Privilege stored = privileges.update(privilege);
        String detail = what + ": " + before + " -> " + stored.status();
        audit.record(stored.status() == PrivilegeStatus.REVOKED
                ? RegistryAudit.deleted(OBJECT_TYPE, stored.id().toString(), stored.facilityCode().value(), detail)
                : RegistryAudit.changedState(OBJECT_TYPE, stored.id().toString(), stored.facilityCode().value(),
                        detail));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored, now());
    }

    private Instant now() {
        return clock.instant();
    }

    private boolean isOwn(Caller who, Privilege privilege) {
        return who.hasRole(Roles.RADIOLOGIST) && ownRecord(who).map(privilege.radiologist()::equals).orElse(false);
    }

    private Optional<RadiologistId> ownRecord(Caller who) {
        try {
            return radiologists.findByUsername(Username.of(who.username())).map(Radiologist::id);
        } catch (TeleradException e) {
            return Optional.empty();
        }
    }

    private Privilege load(String id) {
        return PrivilegeId.parse(id).flatMap(privileges::find)
                .orElseThrow(() -> Refusals.notFound(NOT_FOUND, "privilege", String.valueOf(id)));
    }

    private Facility facility(String idOrCode) {
        return findFacility(idOrCode).orElseThrow(
                () -> Refusals.unknownReference(UNKNOWN_REFERENCE, "/facility", "facility", idOrCode));
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

    private Caller caller() {
        return caller.get();
    }

    static PrivilegeStatus status(String text) {
        try {
            return PrivilegeStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TeleradException.invalid("TELERAD-REGISTRY-018", "status",
                    "'" + text + "' is not a status; use active, suspended or revoked");
        }
    }

    private static Validity validityOf(PrivilegeDetails d, Violations v) {
        LocalDate from = v.check("/validFrom", () -> LicenseService.date("validFrom", d.validFrom(), true));
        LocalDate to = v.check("/validTo", () -> LicenseService.date("validTo", d.validTo(), false));
        return from == null ? null : v.check("/validTo", () -> Validity.between(from, to));
    }

    /** Validates a scope, naming each bad code by its position. */
    public static PrivilegeScope scopeOf(ScopeData data, Violations v) {
        if (data == null) {
            return PrivilegeScope.all();
        }
        Set<Modality> modalities = new HashSet<>();
        List<String> ms = data.modalities() == null ? List.of() : data.modalities();
        for (int i = 0; i < ms.size(); i++) {
            String code = ms.get(i);
            Modality m = v.check("/scope/modalities/" + i, () -> PrivilegeScope.modality(code));
            if (m != null) {
                modalities.add(m);
            }
        }
        Set<Subspecialty> subspecialties = EnumSet.noneOf(Subspecialty.class);
        List<String> ss = data.subspecialties() == null ? List.of() : data.subspecialties();
        for (int i = 0; i < ss.size(); i++) {
            String code = ss.get(i);
            Subspecialty s = v.check("/scope/subspecialties/" + i, () -> Subspecialty.of(code));
            if (s != null) {
                subspecialties.add(s);
            }
        }
        Set<ReadType> readTypes = EnumSet.noneOf(ReadType.class);
        List<String> rs = data.readTypes() == null ? List.of() : data.readTypes();
        for (int i = 0; i < rs.size(); i++) {
            String code = rs.get(i);
            ReadType r = v.check("/scope/readTypes/" + i, () -> ReadType.of(code));
            if (r != null) {
                readTypes.add(r);
            }
        }
        return new PrivilegeScope(modalities, subspecialties, readTypes);
    }

    public static ScopeData scopeData(PrivilegeScope scope) {
        return new ScopeData(scope.modalities().stream().map(Modality::code).sorted().toList(),
                scope.subspecialties().stream().sorted().map(Subspecialty::code).toList(),
                scope.readTypes().stream().sorted().map(ReadType::code).toList());
    }

    public static PrivilegeView view(Privilege p, Instant now) {
        return new PrivilegeView(p.id().toString(), p.version(), p.radiologist().toString(), p.facility().toString(),
                p.facilityCode().value(), p.status().name(), p.validity().validFrom(), p.validity().validTo(),
                p.hasExpiredAt(now), scopeData(p.scope()), p.grantedBy(), p.grantedAt(),
                AvailableTimes.data(p.availability()));
    }
}
