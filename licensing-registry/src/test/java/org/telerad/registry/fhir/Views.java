package org.telerad.registry.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.facility.application.StudyIdentifiersData;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.privilege.application.ScopeData;
import org.telerad.registry.radiologist.application.IdentifierData;
import org.telerad.registry.radiologist.application.NameData;
import org.telerad.registry.radiologist.application.RadiologistView;

/** Registry records as the application services show them, for mapping tests. */
final class Views {

    static final String DALLAS_ID = "5b1f0e1c-7a43-4d55-9a7e-0c3a1c2b9d01";
    static final String RADIOLOGIST_ID = "0f6c2d4e-93a1-4f1b-8c55-2e7d9b3a6c10";
    static final String TX_LICENSE_ID = "a3e0d9b2-1c4f-4e8a-b7d6-5f2c9e1a0b33";
    static final String CA_LICENSE_ID = "c7b1e2f3-4d5a-4b6c-8d9e-0f1a2b3c4d55";
    static final String PRIVILEGE_ID = "e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c66";
    static final String NPI = "1234567893";

    private Views() {
    }

    static FacilityView dallas() {
        return new FacilityView(DALLAS_ID, 3, "tx-dallas", "Dallas Imaging Center", "US-TX", "US", false,
                "America/Chicago", new StudyIdentifiersData(List.of("DALLAS_CT1", "DALLAS_MR1"),
                        List.of("Dallas Imaging Center"), List.of("DALLASRIS")),
                true);
    }

    static FacilityView munich() {
        return new FacilityView("d1d2d3d4-0000-4000-8000-000000000001", 0, "de-munich", "Radiologie München",
                "DE-BY", "EU", true, "Europe/Berlin", new StudyIdentifiersData(List.of(), List.of(), List.of()),
                true);
    }

    static RadiologistView radiologist() {
        return new RadiologistView(RADIOLOGIST_ID, 2, new NameData("Okafor", "Ada", "Dr.", null),
                List.of(new IdentifierData(FhirSystems.NPI, NPI)), "ada.okafor@example.org", "rad-tx",
                List.of("msk", "neuro"), "US", true);
    }

    static LicenseView texasLicense() {
        return new LicenseView(TX_LICENSE_ID, RADIOLOGIST_ID, 0, "US-TX", "TX-12345", "full", "ACTIVE",
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), false,
                Instant.parse("2024-01-05T10:15:30Z"), "credentialing");
    }

    static LicenseView californiaLicense() {
        return new LicenseView(CA_LICENSE_ID, RADIOLOGIST_ID, 4, "US-CA", "A-99887", "telemedicine", "SUSPENDED",
                LocalDate.of(2025, 3, 1), null, false, null, null);
    }

    static PrivilegeView privilege(ScopeData scope) {
        return new PrivilegeView(PRIVILEGE_ID, 1, RADIOLOGIST_ID, DALLAS_ID, "tx-dallas", "ACTIVE",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), false, scope, "credentialing",
                Instant.parse("2025-01-01T08:00:00Z"));
    }
}
