package org.telerad.registry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.facility.application.FacilityDetails;
import org.telerad.registry.facility.application.FacilityService;
import org.telerad.registry.facility.application.StudyIdentifiersData;
import org.telerad.registry.license.application.LicenseDetails;
import org.telerad.registry.license.application.LicenseService;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.license.application.VerificationData;
import org.telerad.registry.privilege.application.PrivilegeDetails;
import org.telerad.registry.privilege.application.PrivilegeService;
import org.telerad.registry.privilege.application.ScopeData;
import org.telerad.registry.radiologist.application.IdentifierData;
import org.telerad.registry.radiologist.application.NameData;
import org.telerad.registry.radiologist.application.RadiologistDetails;
import org.telerad.registry.radiologist.application.RadiologistService;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.radiologist.domain.Npi;

/**
 * The demo registry: six facilities (Dallas, Houston, Sacramento, Albany, Miami, Munich), twelve
 * radiologists with licenses in several US states and Germany (one expired, one suspended, one expiring
 * within 30 days) and privileges of varied scope, among them {@code rad-tx} licensed in US-TX and
 * privileged at tx-dallas and tx-houston. Dates are relative to today so the expiry report stays
 * interesting. All names, numbers and e-mail addresses are fictitious.
 */
@ApplicationScoped
public class DemoRegistry {

    private static final String NUCC = "http://nucc.org/provider-taxonomy";

    @Inject
    FacilityService facilities;

    @Inject
    RadiologistService radiologists;

    @Inject
    LicenseService licenses;

    @Inject
    PrivilegeService privileges;

    @Inject
    Clock clock;

    /** What one seeding run knows: today's date and how many records it created so far. */
    private static final class Seeding {
        private final LocalDate today;
        private int count;

        Seeding(LocalDate today) {
            this.today = today;
        }
    }

    /** Seeds everything in one transaction when no facility exists; answers how many records it created. */
    @Transactional
    public int seedIfEmpty() {
        if (!facilities.isEmpty()) {
            return 0;
        }
        Seeding s = new Seeding(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        facilities(s);
        people(s);
        return s.count;
    }

    private void facilities(Seeding s) {
        facility(s, "tx-dallas", "Dallas Regional Imaging Center", "US-TX", "America/Chicago",
                List.of("DRIC_CT1", "DRIC_MR1", "DRIC_GW"), List.of("Dallas Regional Imaging Center", "DRIC"),
                List.of("DRIC"));
        facility(s, "tx-houston", "Houston Bayou Medical Center", "US-TX", "America/Chicago",
                List.of("HBMC_CT", "HBMC_MR", "HBMC_DX"), List.of("Houston Bayou Medical Center"), List.of("HBMC"));
        facility(s, "ca-sacramento", "Sacramento Valley Hospital", "US-CA", "America/Los_Angeles",
                List.of("SVH_CT1", "SVH_US1"), List.of("Sacramento Valley Hospital"), List.of("SVH"));
        facility(s, "ny-albany", "Albany Capital Imaging", "US-NY", "America/New_York",
                List.of("ACI_CT", "ACI_MG"), List.of("Albany Capital Imaging"), List.of("ACI"));
        facility(s, "fl-miami", "Miami Coastal Radiology", "US-FL", "America/New_York",
                List.of("MCR_CT", "MCR_MR"), List.of("Miami Coastal Radiology"), List.of("MCR"));
        facility(s, "de-munich", "Radiologie Zentrum München", "DE-BY", "Europe/Berlin",
                List.of("RZM_CT", "RZM_MR"), List.of("Radiologie Zentrum München", "Radiologie Zentrum Muenchen"),
                List.of("RZM"));
    }

    private void people(Seeding s) {
        RadiologistView riley = radiologist(s, "Texas", "Riley", "rad-tx", "rad-tx@telerad.invalid", "US", "100000001",
                "neuro", "body", "emergency");
        license(s, riley, "US-TX", "TX-R4411", "full", -700, 400);
        license(s, riley, "US-OK", "OK-55120", "telemedicine", -300, 430);
        privilege(s, riley, "tx-dallas", -365, 365, ScopeData.all());
        privilege(s, riley, "tx-houston", -200, 500, scope(List.of("CT", "MR"), List.of(), List.of()));

        RadiologistView maria = radiologist(s, "Alvarez", "Maria", null, "maria.alvarez@telerad.invalid", "US",
                "100000002", "body", "chest");
        license(s, maria, "US-CA", "CA-A90211", "full", -900, 500);
        privilege(s, maria, "ca-sacramento", -300, 400, scope(List.of(), List.of(), List.of("preliminary")));

        RadiologistView james = radiologist(s, "O'Connor", "James", null, "james.oconnor@telerad.invalid", "US",
                "100000003", "msk", "emergency");
        license(s, james, "US-NY", "NY-302118", "full", -1200, 600);
        license(s, james, "US-FL", "FL-ME140233", "imlc", -400, 330);
        privilege(s, james, "ny-albany", -400, 330, ScopeData.all());
        privilege(s, james, "fl-miami", -100, 600, scope(List.of("CT", "DX", "CR"), List.of("msk", "emergency"),
                List.of()));

        RadiologistView priya = radiologist(s, "Raman", "Priya", null, "priya.raman@telerad.invalid", "US", "100000004",
                "breast");
        license(s, priya, "US-NY", "NY-298877", "full", -1000, 20); // expires within 30 days
        privilege(s, priya, "ny-albany", -365, 200, scope(List.of("MG", "US"), List.of("breast"), List.of()));

        RadiologistView david = radiologist(s, "Kim", "David", null, "david.kim@telerad.invalid", "US", "100000005",
                "neuro");
        license(s, david, "US-TX", "TX-Q2290", "full", -500, 700);
        license(s, david, "US-CA", "CA-T77102", "telemedicine", -200, 160);
        privilege(s, david, "tx-houston", -150, 550, ScopeData.all());
        privilege(s, david, "ca-sacramento", -150, 160, scope(List.of("CT", "MR"), List.of("neuro"), List.of()));

        RadiologistView aisha = radiologist(s, "Bello", "Aisha", null, "aisha.bello@telerad.invalid", "US", "100000006",
                "pediatric");
        license(s, aisha, "US-FL", "FL-ME150987", "full", -800, 365);
        privilege(s, aisha, "fl-miami", -320, 45, scope(List.of(), List.of("pediatric"), List.of()));

        RadiologistView thomas = radiologist(s, "Müller", "Thomas", null, "thomas.mueller@telerad.invalid", "DE", null,
                "neuro", "msk");
        license(s, thomas, "DE", "BLAEK-2019-48213", "full", -2000, null);
        privilege(s, thomas, "de-munich", -600, null, ScopeData.all());

        RadiologistView sophie = radiologist(s, "Laurent", "Sophie", null, "sophie.laurent@telerad.invalid", "FR", null,
                "chest");
        LicenseView suspended = license(s, sophie, "US-NY", "NY-TM-4471", "telemedicine", -300, 400);
        licenses.suspend(sophie.id(), suspended.id(), suspended.version());

        RadiologistView robert = radiologist(s, "Chen", "Robert", null, "robert.chen@telerad.invalid", "US",
                "100000009", "cardiac", "chest");
        license(s, robert, "US-CA", "CA-A61520", "full", -1500, -30); // expired
        license(s, robert, "US-TX", "TX-S1187", "full", -400, 800);
        privilege(s, robert, "tx-dallas", -120, 600, scope(List.of(), List.of(), List.of("final")));

        RadiologistView emily = radiologist(s, "Johnson", "Emily", null, "emily.johnson@telerad.invalid", "US",
                "100000010", "interventional");
        license(s, emily, "US-TX", "TX-TMP-0930", "temporary", -60, 120);
        privilege(s, emily, "tx-dallas", -60, 120, scope(List.of("XA", "CT"), List.of(), List.of()));

        RadiologistView michael = radiologist(s, "Brown", "Michael", null, "michael.brown@telerad.invalid", "US",
                "100000011", "nuclear");
        license(s, michael, "US-FL", "FL-ME160402", "full", -700, 900);
        license(s, michael, "US-NY", "NY-311902", "full", -100, 1000);

        RadiologistView grace = radiologist(s, "Okoye", "Grace", null, "grace.okoye@telerad.invalid", "US", "100000012",
                "emergency", "body");
        license(s, grace, "US-TX", "TX-R9034", "full", -600, 500);
        license(s, grace, "US-FL", "FL-ME171188", "imlc", -300, 25); // expires within 30 days
        privilege(s, grace, "tx-dallas", -300, 500, scope(List.of(), List.of(), List.of("preliminary")));
        privilege(s, grace, "fl-miami", -300, 25, ScopeData.all());
    }

    private void facility(Seeding s, String code, String name, String jurisdiction, String zone, List<String> aeTitles,
            List<String> institutionNames, List<String> hl7) {
        facilities.open(new FacilityDetails(code, name, jurisdiction, null, zone,
                new StudyIdentifiersData(aeTitles, institutionNames, hl7)));
        s.count++;
    }

    private RadiologistView radiologist(Seeding s, String family, String given, String username, String email,
            String country,
            String npiBase, String... subspecialties) {
        List<IdentifierData> ids = new ArrayList<>();
        if (npiBase != null) {
            ids.add(new IdentifierData(Npi.SYSTEM, Npi.withCheckDigit(npiBase).value()));
        }
        ids.add(new IdentifierData(NUCC, "2085R0202X"));
        s.count++;
        return radiologists.register(new RadiologistDetails(new NameData(family, given, "Dr.", null), ids, email,
                username, List.of(subspecialties), country));
    }

    private LicenseView license(Seeding s, RadiologistView r, String jurisdiction, String number, String type,
            int fromDays,
            Integer toDays) {
        s.count++;
        return licenses.add(r.id(), new LicenseDetails(jurisdiction, number, type,
                s.today.plusDays(fromDays).toString(),
                toDays == null ? null : s.today.plusDays(toDays).toString(),
                new VerificationData(s.today.plusDays(Math.max(fromDays, -90)).toString(), "telerad:demo-data")));
    }

    private void privilege(Seeding s, RadiologistView r, String facility, int fromDays, Integer toDays,
            ScopeData scope) {
        s.count++;
        privileges.grant(new PrivilegeDetails(r.id(), facility, s.today.plusDays(fromDays).toString(),
                toDays == null ? null : s.today.plusDays(toDays).toString(), scope));
    }

    private static ScopeData scope(List<String> modalities, List<String> subspecialties, List<String> readTypes) {
        return new ScopeData(modalities, subspecialties, readTypes);
    }
}
