package org.telerad.registry.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.telerad.registry.expiry.application.ExpiryService;
import org.telerad.registry.facility.application.FacilityDetails;
import org.telerad.registry.facility.application.FacilityService;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.facility.application.StudyIdentifiersData;
import org.telerad.registry.license.application.LicenseDetails;
import org.telerad.registry.license.application.LicenseService;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.license.application.VerificationData;
import org.telerad.registry.privilege.application.PrivilegeDetails;
import org.telerad.registry.privilege.application.PrivilegeService;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.privilege.application.ScopeData;
import org.telerad.registry.radiologist.application.IdentifierData;
import org.telerad.registry.radiologist.application.NameData;
import org.telerad.registry.radiologist.application.RadiologistDetails;
import org.telerad.registry.radiologist.application.RadiologistService;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.radiologist.domain.Npi;
import org.telerad.shared.security.Caller;

/**
 * A complete registry over in-memory fakes, a fixed clock (2026-11-27T12:00Z) and a switchable caller:
 * the application services wired as CDI would wire them.
 */
public final class Registry {

    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    public final InMemoryRadiologists radiologistStore = new InMemoryRadiologists();
    public final InMemoryLicenses licenseStore = new InMemoryLicenses();
    public final InMemoryFacilities facilityStore = new InMemoryFacilities();
    public final InMemoryPrivileges privilegeStore = new InMemoryPrivileges();
    public final RecordingAuditTrail audit = new RecordingAuditTrail();
    /** Every registry change announced, as "Type:id". */
    public final java.util.List<String> changes = new java.util.ArrayList<>();
    private final org.telerad.registry.common.application.RegistryEvents events = (type, id) -> changes.add(
            type + ":" + id);
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Caller caller = Callers.credentialingAdmin();

    public final RadiologistService radiologists;
    public final LicenseService licenses;
    public final FacilityService facilities;
    public final PrivilegeService privileges;
    public final ExpiryService expiry;

    public Registry() {
        radiologistStore.link(licenseStore, privilegeStore);
        radiologists = new RadiologistService(radiologistStore, audit, events, () -> caller);
        licenses = new LicenseService(licenseStore, radiologistStore, audit, events, () -> caller, clock);
        facilities = new FacilityService(facilityStore, audit, events, () -> caller);
        privileges = new PrivilegeService(privilegeStore, radiologistStore, facilityStore, audit, events, () -> caller,
                clock);
        expiry = new ExpiryService(licenseStore, privilegeStore, radiologistStore, facilityStore, audit,
                () -> caller, clock);
    }

    /** Subsequent calls are made by {@code next}. */
    public Registry as(Caller next) {
        this.caller = next;
        return this;
    }

    public static RadiologistDetails radiologist(String family, String given, String username, String... subs) {
        return new RadiologistDetails(new NameData(family, given, null, null),
                List.of(new IdentifierData(Npi.SYSTEM, Npi.withCheckDigit("123456789").value())),
                given.toLowerCase() + "." + family.toLowerCase() + "@example.org", username, List.of(subs), "US");
    }

    public static LicenseDetails license(String jurisdiction, String number, String from, String to) {
        return new LicenseDetails(jurisdiction, number, "full", from, to,
                new VerificationData("2026-01-05T10:00:00Z", "credentialing"));
    }

    public static FacilityDetails facility(String code, String jurisdiction, String zone) {
        return new FacilityDetails(code, "Facility " + code, jurisdiction, null, zone,
                new StudyIdentifiersData(List.of(code.toUpperCase().replace("-", "_")), List.of("Facility " + code),
                        List.of(code.toUpperCase())));
    }

    public RadiologistView registered(String family, String given, String username, String... subs) {
        return radiologists.register(radiologist(family, given, username, subs));
    }

    public FacilityView opened(String code, String jurisdiction) {
        return facilities.open(facility(code, jurisdiction, "America/Chicago"));
    }

    public LicenseView licensed(RadiologistView r, String jurisdiction, String number, String from, String to) {
        return licenses.add(r.id(), license(jurisdiction, number, from, to));
    }

    public PrivilegeView privileged(RadiologistView r, String facility, String from, String to) {
        return privileges.grant(new PrivilegeDetails(r.id(), facility, from, to, ScopeData.all()));
    }
}
