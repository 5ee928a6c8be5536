package org.telerad.registry.radiologist.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.common.application.Refusals;
import org.telerad.registry.common.application.RegistryAudit;
import org.telerad.registry.common.application.RegistryEvents;
import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.common.domain.Violations;
import org.telerad.registry.radiologist.domain.EmailAddress;
import org.telerad.registry.radiologist.domain.Identifier;
import org.telerad.registry.radiologist.domain.PersonName;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.registry.radiologist.domain.RadiologistCriteria;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.registry.radiologist.domain.RadiologistProfile;
import org.telerad.registry.radiologist.domain.RadiologistRepository;
import org.telerad.registry.radiologist.domain.Username;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * Registers, reads, revises, deactivates and searches radiologists. Every change and every read of a
 * record is audited in the transaction; reads are limited by {@link RadiologistAccess}.
 */
@ApplicationScoped
@Transactional
public class RadiologistService {

    public static final String OBJECT_TYPE = "Radiologist";
    static final String NOT_FOUND = "TELERAD-REGISTRY-020";
    static final String DUPLICATE_USERNAME = "TELERAD-REGISTRY-031";

    private RadiologistRepository radiologists;
    private AuditTrail audit;
    private RegistryEvents events;
    private Supplier<Caller> caller;

    protected RadiologistService() {
        // for CDI proxies
    }

    @Inject
    public RadiologistService(RadiologistRepository radiologists, AuditTrail audit, RegistryEvents events,
            CurrentCaller caller) {
        this(radiologists, audit, events, (Supplier<Caller>) caller::get);
    }

    /** For tests and plain Java: the caller comes from {@code caller}. */
    public RadiologistService(RadiologistRepository radiologists, AuditTrail audit, RegistryEvents events,
            Supplier<Caller> caller) {
        this.radiologists = Objects.requireNonNull(radiologists, "radiologists");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.events = Objects.requireNonNull(events, "events");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public RadiologistView register(RadiologistDetails details) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        RadiologistProfile profile = profileOf(details);
        requireUniqueUsername(profile, null);
        Radiologist stored = radiologists.add(Radiologist.register(RadiologistId.newId(), profile));
        audit.record(RegistryAudit.created(OBJECT_TYPE, stored.id().toString(), null));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored);
    }

    /** Reads one record (audited). 404 for an unknown or malformed id, 403 for someone else's record. */
    public RadiologistView get(String id) {
        Radiologist radiologist = load(id);
        Refusals.enforce(RadiologistAccess.mayRead(caller(), radiologist));
        audit.record(RegistryAudit.read(OBJECT_TYPE, radiologist.id().toString()));
        return view(radiologist);
    }

    /** The radiologist record of a Keycloak username, if there is one (audited when found). */
    public Optional<RadiologistView> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<Radiologist> found;
        try {
            found = radiologists.findByUsername(Username.of(username));
        } catch (TeleradException e) {
            return Optional.empty();
        }
        found.ifPresent(r -> {
            Refusals.enforce(RadiologistAccess.mayRead(caller(), r));
            audit.record(RegistryAudit.read(OBJECT_TYPE, r.id().toString()));
        });
        return found.map(RadiologistService::view);
    }

    /**
     * Radiologists carrying an identifier (for example an NPI under {@code http://hl7.org/fhir/sid/us-npi}),
     * audited as a query; a radiologist caller finds only their own record. An invalid identifier (a bad NPI)
     * is refused with 400.
     */
    public List<RadiologistView> findByIdentifier(String system, String value) {
        Caller who = caller();
        Violations v = new Violations();
        Identifier identifier = v.check("identifier", () -> Identifier.of(system, value));
        v.throwIfAny("The identifier is not valid");
        List<Radiologist> found = radiologists.findByIdentifier(identifier);
        if (!RadiologistAccess.readsAll(who)) {
            if (!who.hasRole(Roles.RADIOLOGIST)) {
                throw TeleradException.forbidden(Refusals.FORBIDDEN, "You may not search radiologists");
            }
            found = found.stream().filter(r -> r.isLoggedInAs(who.username())).toList();
        }
        audit.record(RegistryAudit.queried(OBJECT_TYPE, List.of("identifier"), found.size()));
        return found.stream().map(RadiologistService::view).toList();
    }

    /** Replaces the profile; {@code expectedVersion} (from If-Match) null skips the version check. */
    public RadiologistView update(String id, Long expectedVersion, RadiologistDetails details) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        Radiologist radiologist = load(id);
        Refusals.requireVersion(expectedVersion, radiologist.version(), "radiologist");
        RadiologistProfile profile = profileOf(details);
        requireUniqueUsername(profile, radiologist.id());
        List<String> changed = radiologist.revise(profile);
        Radiologist stored = changed.isEmpty() ? radiologist : radiologists.update(radiologist);
        audit.record(RegistryAudit.updated(OBJECT_TYPE, stored.id().toString(), null, changed));
        if (!changed.isEmpty()) {
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored);
    }

    public RadiologistView deactivate(String id, Long expectedVersion) {
        return changeActive(id, expectedVersion, false);
    }

    public RadiologistView reactivate(String id, Long expectedVersion) {
        return changeActive(id, expectedVersion, true);
    }

    /**
     * Searches radiologists (audited as a query naming the filters used). A radiologist caller only ever
     * finds their own record.
     */
    public Page<RadiologistView> search(RadiologistSearch search, PageRequest page) {
        Caller who = caller();
        RadiologistSearch s = search == null ? RadiologistSearch.any() : search;
        Violations v = new Violations();
        Jurisdiction jurisdiction = s.jurisdiction() == null || s.jurisdiction().isBlank() ? null
                : v.check("jurisdiction", () -> Jurisdiction.of(s.jurisdiction()));
        Subspecialty subspecialty = s.subspecialty() == null || s.subspecialty().isBlank() ? null
                : v.check("subspecialty", () -> Subspecialty.of(s.subspecialty()));
        v.throwIfAny("The radiologist search is not valid");
        String name = s.name() == null || s.name().isBlank() ? null : s.name().strip();
        String facility = s.facility() == null || s.facility().isBlank() ? null : s.facility().strip();
        Page<RadiologistView> result;
        if (RadiologistAccess.readsAll(who)) {
            result = radiologists.search(new RadiologistCriteria(name, jurisdiction, subspecialty, facility,
                    s.active()), page).map(RadiologistService::view);
        } else if (who.hasRole(Roles.RADIOLOGIST)) {
            List<RadiologistView> own = new ArrayList<>();
            findOwn(who).filter(r -> matches(r, name, subspecialty, s.active())).ifPresent(r -> own.add(view(r)));
            result = Page.slice(jurisdiction == null && facility == null ? own : List.of(), page);
        } else {
            throw TeleradException.forbidden(Refusals.FORBIDDEN, "You may not search radiologists");
        }
        audit.record(RegistryAudit.queried(OBJECT_TYPE, filters(s), result.items().size()));
        return result;
    }

    private Optional<Radiologist> findOwn(Caller who) {
        try {
            return radiologists.findByUsername(Username.of(who.username()));
        } catch (TeleradException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(Radiologist r, String name, Subspecialty subspecialty, Boolean active) {
        PersonName n = r.profile().name();
        return (name == null || (n.family() + " " + n.given()).toLowerCase().contains(name.toLowerCase()))
                && (subspecialty == null || r.profile().subspecialties().contains(subspecialty))
                && (active == null || active == r.active());
    }

    private static List<String> filters(RadiologistSearch s) {
        List<String> used = new ArrayList<>();
        if (s.name() != null && !s.name().isBlank()) {
            used.add("name");
        }
        if (s.jurisdiction() != null && !s.jurisdiction().isBlank()) {
            used.add("jurisdiction");
        }
        if (s.subspecialty() != null && !s.subspecialty().isBlank()) {
            used.add("subspecialty");
        }
        if (s.facility() != null && !s.facility().isBlank()) {
            used.add("facility");
        }
        if (s.active() != null) {
            used.add("active");
        }
        return used;
    }

    private RadiologistView changeActive(String id, Long expectedVersion, boolean active) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        Radiologist radiologist = load(id);
        Refusals.requireVersion(expectedVersion, radiologist.version(), "radiologist");
        boolean changed = active ? radiologist.reactivate() : radiologist.deactivate();
        Radiologist stored = changed ? radiologists.update(radiologist) : radiologist;
        if (changed) {
            audit.record(active
                    ? RegistryAudit.changedState(OBJECT_TYPE, stored.id().toString(), null, "reactivated")
                    : RegistryAudit.deleted(OBJECT_TYPE, stored.id().toString(), null, "deactivated"));
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored);
    }

    /** Loads a radiologist for other registry services (no access check, no audit). */
    public Optional<Radiologist> find(String id) {
        return RadiologistId.parse(id).flatMap(radiologists::find);
    }

    private Radiologist load(String id) {
        return find(id).orElseThrow(() -> Refusals.notFound(NOT_FOUND, "radiologist", String.valueOf(id)));
    }

    private void requireUniqueUsername(RadiologistProfile profile, RadiologistId self) {
        profile.login().flatMap(radiologists::findByUsername).filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw TeleradException.conflict(DUPLICATE_USERNAME,
                            "Another radiologist record already carries this username");
                });
    }

    private Caller caller() {
        return caller.get();
    }

    /** Validates a command into a profile, naming every bad field at once. */
    static RadiologistProfile profileOf(RadiologistDetails d) {
        if (d == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/", "a radiologist is required");
        }
        Violations v = new Violations();
        PersonName name = null;
        if (d.name() == null) {
            v.add("TELERAD-REGISTRY-010", "/name", "name is required");
        } else {
            NameData n = d.name();
            v.check("/name/family", () -> PersonName.of(n.family(), "x"));
            v.check("/name/given", () -> PersonName.of("x", n.given()));
            v.check("/name/prefix", () -> new PersonName("x", "x", n.prefix(), null));
            v.check("/name/suffix", () -> new PersonName("x", "x", null, n.suffix()));
            if (v.isEmpty()) {
                name = new PersonName(n.family(), n.given(), n.prefix(), n.suffix());
            }
        }
        List<Identifier> identifiers = new ArrayList<>();
        List<IdentifierData> ids = d.identifiers() == null ? List.of() : d.identifiers();
        Set<String> systems = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            IdentifierData data = ids.get(i);
            String path = "/identifiers/" + i;
            if (data == null) {
                v.add("TELERAD-REGISTRY-010", path, "identifier is empty");
                continue;
            }
            String field = data.system() == null || data.system().isBlank() ? path + "/system" : path + "/value";
            Identifier identifier = v.check(field, () -> Identifier.of(data.system(), data.value()));
            if (identifier != null) {
                if (!systems.add(identifier.system())) {
                    v.add("TELERAD-REGISTRY-010", path + "/system",
                            "the identifier system " + identifier.system() + " appears more than once");
                }
                identifiers.add(identifier);
            }
        }
        EmailAddress email = v.check("/email", () -> EmailAddress.of(d.email()));
        Username username = d.username() == null || d.username().isBlank() ? null
                : v.check("/username", () -> Username.of(d.username()));
        Set<Subspecialty> subspecialties = EnumSet.noneOf(Subspecialty.class);
        List<String> codes = d.subspecialties() == null ? List.of() : d.subspecialties();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Subspecialty s = v.check("/subspecialties/" + i, () -> Subspecialty.of(code));
            if (s != null) {
                subspecialties.add(s);
            }
        }
        Jurisdiction home = v.check("/homeCountry", () -> Jurisdiction.of(d.homeCountry()));
        if (home != null && !home.isCountry()) {
            v.add("TELERAD-REGISTRY-001", "/homeCountry",
                    "'" + home.code() + "' is a subdivision; the home country is an ISO 3166-1 country code");
        }
        v.throwIfAny("The radiologist is not valid");
        return new RadiologistProfile(name, identifiers, email, username, subspecialties, home);
    }

    public static RadiologistView view(Radiologist r) {
        RadiologistProfile p = r.profile();
        PersonName n = p.name();
        return new RadiologistView(r.id().toString(), r.version(),
                new NameData(n.family(), n.given(), n.prefix(), n.suffix()),
                p.identifiers().stream().map(i -> new IdentifierData(i.system(), i.value())).toList(),
                p.email().value(), p.login().map(Username::value).orElse(null),
                p.subspecialties().stream().sorted(Comparator.naturalOrder()).map(Subspecialty::code).toList(),
                p.homeCountry().code(), r.active());
    }
}
