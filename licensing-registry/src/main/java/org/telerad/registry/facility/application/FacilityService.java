package org.telerad.registry.facility.application;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.application.Refusals;
import org.telerad.registry.common.application.RegistryAudit;
import org.telerad.registry.common.application.RegistryEvents;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.domain.Violations;
import org.telerad.registry.facility.domain.Facility;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityCriteria;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.facility.domain.FacilityProfile;
import org.telerad.registry.facility.domain.FacilityRepository;
import org.telerad.registry.facility.domain.ResidencyRegion;
import org.telerad.registry.facility.domain.StudyIdentifiers;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Opens, reads, revises, deactivates and searches facilities. Facilities are addressed by id or by code
 * ({@code /api/facilities/tx-dallas}). Changes are audited; reads are not (no personal data).
 */
@ApplicationScoped
@Transactional
public class FacilityService {

    public static final String OBJECT_TYPE = "Facility";
    static final String NOT_FOUND = "TELERAD-REGISTRY-022";
    static final String DUPLICATE_CODE = "TELERAD-REGISTRY-030";

    private FacilityRepository facilities;
    private AuditTrail audit;
    private RegistryEvents events;
    private Supplier<Caller> caller;

    protected FacilityService() {
        // for CDI proxies
    }

    @Inject
    public FacilityService(FacilityRepository facilities, AuditTrail audit, RegistryEvents events,
            CurrentCaller caller) {
        this(facilities, audit, events, (Supplier<Caller>) caller::get);
    }

    public FacilityService(FacilityRepository facilities, AuditTrail audit, RegistryEvents events,
            Supplier<Caller> caller) {
        this.facilities = Objects.requireNonNull(facilities, "facilities");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.events = Objects.requireNonNull(events, "events");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public FacilityView open(FacilityDetails details) {
        Refusals.enforce(FacilityAccess.mayChange(caller()));
        Violations v = new Violations();
        FacilityCode code = details == null ? null : v.check("/code", () -> FacilityCode.of(details.code()));
        FacilityProfile profile = profileOf(details, v);
        if (code != null && facilities.findByCode(code).isPresent()) {
            throw TeleradException.conflict(DUPLICATE_CODE, "A facility with code " + code + " already exists");
        }
        Facility stored = facilities.add(Facility.open(FacilityId.newId(), code, profile));
        audit.record(RegistryAudit.created(OBJECT_TYPE, stored.id().toString(), stored.code().value()));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored);
    }

    /** One facility by id or code; 404 when unknown. */
    public FacilityView get(String idOrCode) {
        Refusals.enforce(FacilityAccess.mayRead(caller()));
        return view(load(idOrCode));
    }

    public FacilityView update(String idOrCode, Long expectedVersion, FacilityDetails details) {
        Refusals.enforce(FacilityAccess.mayChange(caller()));
        Facility facility = load(idOrCode);
        Refusals.requireVersion(expectedVersion, facility.version(), "facility");
        Violations v = new Violations();
        if (details != null && details.code() != null && !details.code().isBlank()
                && !details.code().strip().equals(facility.code().value())) {
            v.add("TELERAD-REGISTRY-014", "/code", "a facility code never changes (it is " + facility.code() + ")");
        }
        FacilityProfile profile = profileOf(details, v);
        List<String> changed = facility.revise(profile);
        Facility stored = changed.isEmpty() ? facility : facilities.update(facility);
        audit.record(RegistryAudit.updated(OBJECT_TYPE, stored.id().toString(), stored.code().value(), changed));
        if (!changed.isEmpty()) {
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored);
    }

    public FacilityView deactivate(String idOrCode, Long expectedVersion) {
        return changeActive(idOrCode, expectedVersion, false);
    }

    public FacilityView reactivate(String idOrCode, Long expectedVersion) {
        return changeActive(idOrCode, expectedVersion, true);
    }

    public Page<FacilityView> search(FacilitySearch search, PageRequest page) {
        Refusals.enforce(FacilityAccess.mayRead(caller()));
        FacilitySearch s = search == null ? FacilitySearch.any() : search;
        Violations v = new Violations();
        Jurisdiction jurisdiction = s.jurisdiction() == null || s.jurisdiction().isBlank() ? null
                : v.check("jurisdiction", () -> Jurisdiction.of(s.jurisdiction()));
        v.throwIfAny("The facility search is not valid");
        String name = s.name() == null || s.name().isBlank() ? null : s.name().strip();
        return facilities.search(new FacilityCriteria(name, jurisdiction, s.active()), page)
                .map(FacilityService::view);
    }

    /** True when no facility is on record (demo seeding starts from an empty registry). */
    public boolean isEmpty() {
        return facilities.count() == 0;
    }

    /** Loads a facility for other registry services (no access check). */
    public Optional<Facility> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
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

    private FacilityView changeActive(String idOrCode, Long expectedVersion, boolean active) {
        Refusals.enforce(FacilityAccess.mayChange(caller()));
        Facility facility = load(idOrCode);
        Refusals.requireVersion(expectedVersion, facility.version(), "facility");
        boolean changed = active ? facility.reactivate() : facility.deactivate();
        Facility stored = changed ? facilities.update(facility) : facility;
        if (changed) {
            audit.record(active
                    ? RegistryAudit.changedState(OBJECT_TYPE, stored.id().toString(), stored.code().value(),
                            "reactivated")
                    : RegistryAudit.deleted(OBJECT_TYPE, stored.id().toString(), stored.code().value(),
                            "deactivated"));
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored);
    }

    private Facility load(String idOrCode) {
        return find(idOrCode).orElseThrow(() -> Refusals.notFound(NOT_FOUND, "facility", String.valueOf(idOrCode)));
    }

    private Caller caller() {
        return caller.get();
    }

    static FacilityProfile profileOf(FacilityDetails d, Violations v) {
        if (d == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/", "a facility is required");
        }
        String name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
        if (name == null) {
            v.add("TELERAD-REGISTRY-010", "/name", "the facility name is required");
        } else if (name.length() > 200) {
            v.add("TELERAD-REGISTRY-010", "/name", "the facility name is longer than 200 characters");
        }
        Jurisdiction jurisdiction = v.check("/jurisdiction", () -> Jurisdiction.of(d.jurisdiction()));
        ResidencyRegion override = d.residencyRegion() == null || d.residencyRegion().isBlank() ? null
                : v.check("/residencyRegion", () -> ResidencyRegion.of(d.residencyRegion()));
        ZoneId zone = v.check("/timeZone", () -> zone(d.timeZone()));
        StudyIdentifiersData ids = d.identifiers();
        StudyIdentifiers identifiers = ids == null ? StudyIdentifiers.none()
                : new StudyIdentifiers(
                        set(v, "/identifiers/aeTitles", ids.aeTitles(), 16, true),
                        set(v, "/identifiers/institutionNames", ids.institutionNames(), 64, false),
                        set(v, "/identifiers/hl7Facilities", ids.hl7Facilities(), 227, false));
        v.throwIfAny("The facility is not valid");
        return new FacilityProfile(name, jurisdiction, override, zone, identifiers);
    }

    private static Set<String> set(Violations v, String path, List<String> values, int max, boolean aeTitle) {
        Set<String> ok = new LinkedHashSet<>();
        if (values == null) {
            return ok;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String field = path + "/" + i;
            Set<String> one = aeTitle
                    ? v.check(field, () -> new StudyIdentifiers(Set.of(nonNull(value)), Set.of(), Set.of()).aeTitles())
                    : v.check(field, () -> max == 64
                            ? new StudyIdentifiers(Set.of(), Set.of(nonNull(value)), Set.of()).institutionNames()
                            : new StudyIdentifiers(Set.of(), Set.of(), Set.of(nonNull(value))).hl7Facilities());
            if (one != null) {
                ok.addAll(one);
            }
        }
        return ok;
    }

    private static String nonNull(String value) {
        if (value == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-017", "identifiers", "an identifier is empty");
        }
        return value;
    }

    static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-015", "timeZone",
                    "a time zone is required (IANA, e.g. America/Chicago)");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw TeleradException.invalid("TELERAD-REGISTRY-015", "timeZone",
                    "'" + text + "' is not an IANA time zone such as America/Chicago");
        }
    }

    public static FacilityView view(Facility f) {
        FacilityProfile p = f.profile();
        StudyIdentifiers ids = p.identifiers();
        return new FacilityView(f.id().toString(), f.version(), f.code().value(), p.name(), p.jurisdiction().code(),
                p.residencyRegion().code(), p.override().isPresent(), p.timeZone().getId(),
                new StudyIdentifiersData(new ArrayList<>(ids.aeTitles()), new ArrayList<>(ids.institutionNames()),
                        new ArrayList<>(ids.hl7Facilities())),
                f.active());
    }
}
