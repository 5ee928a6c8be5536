package org.telerad.registry.license.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.application.Refusals;
import org.telerad.registry.common.application.RegistryAudit;
import org.telerad.registry.common.application.RegistryEvents;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.common.domain.Violations;
import org.telerad.registry.license.domain.License;
import org.telerad.registry.license.domain.LicenseId;
import org.telerad.registry.license.domain.LicenseRepository;
import org.telerad.registry.license.domain.LicenseStatus;
import org.telerad.registry.license.domain.LicenseTerms;
import org.telerad.registry.license.domain.LicenseType;
import org.telerad.registry.license.domain.Verification;
import org.telerad.registry.radiologist.application.RadiologistAccess;
import org.telerad.registry.radiologist.application.RadiologistService;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.registry.radiologist.domain.RadiologistRepository;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Adds, reads, corrects, suspends, revokes, reinstates and renews a radiologist's licenses. Licenses are
 * addressed under their radiologist; a license of another radiologist answers 404. Reads are audited
 * because licenses are personal data; changes are audited with the fields or transition.
 */
@ApplicationScoped
@Transactional
public class LicenseService {

    public static final String OBJECT_TYPE = "License";
    static final String RADIOLOGIST_NOT_FOUND = "TELERAD-REGISTRY-020";
    static final String NOT_FOUND = "TELERAD-REGISTRY-021";
    static final String DUPLICATE = "TELERAD-REGISTRY-032";

    private LicenseRepository licenses;
    private RadiologistRepository radiologists;
    private AuditTrail audit;
    private RegistryEvents events;
    private Supplier<Caller> caller;
    private Clock clock;

    protected LicenseService() {
        // for CDI proxies
    }

    @Inject
    public LicenseService(LicenseRepository licenses, RadiologistRepository radiologists, AuditTrail audit,
            RegistryEvents events,
            CurrentCaller caller, Clock clock) {
        this(licenses, radiologists, audit, events, (Supplier<Caller>) caller::get, clock);
    }

    public LicenseService(LicenseRepository licenses, RadiologistRepository radiologists, AuditTrail audit,
            RegistryEvents events,
            Supplier<Caller> caller, Clock clock) {
        this.licenses = Objects.requireNonNull(licenses, "licenses");
        this.radiologists = Objects.requireNonNull(radiologists, "radiologists");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.events = Objects.requireNonNull(events, "events");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LicenseView add(String radiologistId, LicenseDetails details) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        Radiologist radiologist = radiologist(radiologistId);
        LicenseTerms terms = termsOf(details);
        requireUniqueNumber(terms, null);
        License stored = licenses.add(License.issue(LicenseId.newId(), radiologist.id(), terms));
        audit.record(RegistryAudit.created(OBJECT_TYPE, stored.id().toString(), null));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored, clock.instant());
    }

    /** A radiologist's licenses (audited read of personal data). */
    public List<LicenseView> list(String radiologistId) {
        Radiologist radiologist = radiologist(radiologistId);
        Refusals.enforce(RadiologistAccess.mayRead(caller(), radiologist));
        List<License> found = licenses.forRadiologist(radiologist.id());
        audit.record(RegistryAudit.listed(OBJECT_TYPE, RadiologistService.OBJECT_TYPE, radiologist.id().toString(),
                found.size()));
        Instant now = clock.instant();
        return found.stream().map(l -> view(l, now)).toList();
    }

    /** One license of a radiologist (audited). {@code radiologistId} null looks the license up alone. */
    public LicenseView get(String radiologistId, String licenseId) {
        License license = load(radiologistId, licenseId);
        Radiologist owner = radiologists.find(license.radiologist()).orElseThrow(
                () -> Refusals.notFound(NOT_FOUND, "license", licenseId));
        Refusals.enforce(RadiologistAccess.mayRead(caller(), owner));
        audit.record(RegistryAudit.read(OBJECT_TYPE, license.id().toString()));
        return view(license, clock.instant());
    }

    public LicenseView update(String radiologistId, String licenseId, Long expectedVersion, LicenseDetails details) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        License license = load(radiologistId, licenseId);
        Refusals.requireVersion(expectedVersion, license.version(), "license");
        LicenseTerms terms = termsOf(details);
        requireUniqueNumber(terms, license.id());
        List<String> changed = license.revise(terms);
        License stored = changed.isEmpty() ? license : licenses.update(license);
        audit.record(RegistryAudit.updated(OBJECT_TYPE, stored.id().toString(), null, changed));
        if (!changed.isEmpty()) {
            events.changed(OBJECT_TYPE, stored.id().toString());
        }
        return view(stored, clock.instant());
    }

    public LicenseView suspend(String radiologistId, String licenseId, Long expectedVersion) {
        return transition(radiologistId, licenseId, expectedVersion, "suspended", License::suspend);
    }

    public LicenseView reinstate(String radiologistId, String licenseId, Long expectedVersion) {
        return transition(radiologistId, licenseId, expectedVersion, "reinstated", License::reinstate);
    }

    public LicenseView revoke(String radiologistId, String licenseId, Long expectedVersion) {
        return transition(radiologistId, licenseId, expectedVersion, "revoked", License::revoke);
    }

    public LicenseView renew(String radiologistId, String licenseId, Long expectedVersion, RenewLicense renewal) {
        if (renewal == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/validTo", "the new validTo is required");
        }
        Violations v = new Violations();
        LocalDate validTo = v.check("/validTo", () -> date("validTo", renewal.validTo(), true));
        Verification verification = verificationOf(v, renewal.verification());
        v.throwIfAny("The renewal is not valid");
        return transition(radiologistId, licenseId, expectedVersion, "renewed",
                license -> {
                    Violations renewing = new Violations();
                    renewing.check("/validTo", () -> {
                        license.renew(validTo, verification);
                        return license;
                    });
                    renewing.throwIfAny("The renewal is not valid");
                });
    }

    private LicenseView transition(String radiologistId, String licenseId, Long expectedVersion, String what,
            java.util.function.Consumer<License> verb) {
        Refusals.enforce(RadiologistAccess.mayChange(caller()));
        License license = load(radiologistId, licenseId);
        Refusals.requireVersion(expectedVersion, license.version(), "license");
        LicenseStatus before = license.status();
        verb.accept(license);
        License stored = licenses.update(license);
        String detail = before == stored.status() ? what : what + ": " + before + " -> " + stored.status();
        audit.record(RegistryAudit.changedState(OBJECT_TYPE, stored.id().toString(), null, detail));
        events.changed(OBJECT_TYPE, stored.id().toString());
        return view(stored, clock.instant());
    }

    private License load(String radiologistId, String licenseId) {
        License license = LicenseId.parse(licenseId).flatMap(licenses::find)
                .orElseThrow(() -> Refusals.notFound(NOT_FOUND, "license", String.valueOf(licenseId)));
        if (radiologistId != null) {
            RadiologistId owner = RadiologistId.parse(radiologistId)
                    .orElseThrow(() -> Refusals.notFound(RADIOLOGIST_NOT_FOUND, "radiologist", radiologistId));
            if (!license.radiologist().equals(owner)) {
                throw Refusals.notFound(NOT_FOUND, "license", licenseId + " for radiologist " + radiologistId);
            }
        }
        return license;
    }

    private Radiologist radiologist(String radiologistId) {
        return RadiologistId.parse(radiologistId).flatMap(radiologists::find)
                .orElseThrow(() -> Refusals.notFound(RADIOLOGIST_NOT_FOUND, "radiologist",
                        String.valueOf(radiologistId)));
    }

    private void requireUniqueNumber(LicenseTerms terms, LicenseId self) {
        licenses.findByNumber(terms.jurisdiction(), terms.number()).filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw TeleradException.conflict(DUPLICATE, "A license " + terms.number() + " in "
                            + terms.jurisdiction() + " is already on record");
                });
    }

    private Caller caller() {
        return caller.get();
    }

    /** Validates a command into license terms, naming every bad field at once. */
    public static LicenseTerms termsOf(LicenseDetails d) {
        if (d == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "/", "a license is required");
        }
        Violations v = new Violations();
        Jurisdiction jurisdiction = v.check("/jurisdiction", () -> Jurisdiction.of(d.jurisdiction()));
        String number = v.check("/number", () -> LicenseTerms.number(d.number()));
        LicenseType type = v.check("/type", () -> LicenseType.of(d.type()));
        LocalDate from = v.check("/validFrom", () -> date("validFrom", d.validFrom(), true));
        LocalDate to = v.check("/validTo", () -> date("validTo", d.validTo(), false));
        Validity validity = from == null ? null : v.check("/validTo", () -> Validity.between(from, to));
        Verification verification = verificationOf(v, d.verification());
        v.throwIfAny("The license is not valid");
        return new LicenseTerms(jurisdiction, number, type, validity, verification);
    }

    private static Verification verificationOf(Violations v, VerificationData data) {
        if (data == null || (blank(data.verifiedAt()) && blank(data.verifiedBy()))) {
            return null;
        }
        Instant at = v.check("/verification/verifiedAt", () -> instant("verifiedAt", data.verifiedAt()));
        return at == null ? null : v.check("/verification/verifiedBy", () -> new Verification(at, data.verifiedBy()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Parses an ISO-8601 date; null when optional and absent. */
    public static LocalDate date(String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                throw TeleradException.invalid("TELERAD-REGISTRY-012", field, field + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw TeleradException.invalid("TELERAD-REGISTRY-012", field,
                    "'" + text + "' is not a date; use YYYY-MM-DD");
        }
    }

    static Instant instant(String field, String text) {
        if (blank(text)) {
            throw TeleradException.invalid("TELERAD-REGISTRY-012", field, field + " is required (ISO-8601)");
        }
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw TeleradException.invalid("TELERAD-REGISTRY-012", field,
                    "'" + text + "' is not an ISO-8601 instant such as 2026-11-27T10:15:30Z");
        }
    }

    public static LicenseView view(License l, Instant now) {
        LicenseTerms t = l.terms();
        return new LicenseView(l.id().toString(), l.radiologist().toString(), l.version(), t.jurisdiction().code(),
                t.number(), t.type().code(), l.status().name(), t.validity().validFrom(), t.validity().validTo(),
                l.hasExpiredAt(now), t.verified().map(Verification::verifiedAt).orElse(null),
                t.verified().map(Verification::verifiedBy).orElse(null));
    }
}
