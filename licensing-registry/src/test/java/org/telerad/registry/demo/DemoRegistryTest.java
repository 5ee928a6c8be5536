package org.telerad.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.expiry.application.ExpiringLicense;
import org.telerad.registry.facility.application.FacilitySearch;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.privilege.application.PrivilegeSearch;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.radiologist.application.RadiologistSearch;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.security.Caller;

class DemoRegistryTest {

    private final Registry registry = new Registry();
    private final DemoRegistry demo = new DemoRegistry();

    @BeforeEach
    void wire() {
        demo.facilities = registry.facilities;
        demo.radiologists = registry.radiologists;
        demo.licenses = registry.licenses;
        demo.privileges = registry.privileges;
        demo.clock = registry.clock;
        registry.as(Caller.system("demo-data"));
    }

    @Test
    void seeds_the_six_facilities_of_the_demo_stack() {
        assertThat(demo.seedIfEmpty()).isPositive();
        registry.as(Callers.auditor());

        List<FacilityView> all = registry.facilities.search(FacilitySearch.any(), PageRequest.first(50)).items();
        assertThat(all).extracting(FacilityView::code).containsExactly("ca-sacramento", "de-munich", "fl-miami",
                "ny-albany", "tx-dallas", "tx-houston");
        assertThat(registry.facilities.get("de-munich").residencyRegion()).isEqualTo("EU");
        assertThat(all).allMatch(f -> !f.identifiers().aeTitles().isEmpty() && !f.identifiers().hl7Facilities()
                .isEmpty());
    }

    @Test
    void rad_tx_is_licensed_in_texas_and_privileged_at_dallas_and_houston() {
        demo.seedIfEmpty();
        registry.as(Callers.radiologist("rad-tx"));

        RadiologistView riley = registry.radiologists.search(RadiologistSearch.any(), PageRequest.first(5)).items()
                .get(0);
        assertThat(riley.username()).isEqualTo("rad-tx");
        assertThat(registry.licenses.list(riley.id())).extracting(LicenseView::jurisdiction).contains("US-TX");
        assertThat(registry.privileges.search(PrivilegeSearch.any(), PageRequest.first(50)).items())
                .extracting(PrivilegeView::facilityCode).containsExactly("tx-dallas", "tx-houston");
    }

    @Test
    void includes_an_expired_a_suspended_and_a_german_license_and_varied_scopes() {
        demo.seedIfEmpty();
        registry.as(Callers.auditor());
        List<RadiologistView> all = registry.radiologists.search(RadiologistSearch.any(), PageRequest.first(50))
                .items();
        assertThat(all).hasSize(12);
        List<LicenseView> licenses = all.stream().flatMap(r -> registry.licenses.list(r.id()).stream()).toList();
        assertThat(licenses).anyMatch(LicenseView::expired);
        assertThat(licenses).anyMatch(l -> l.status().equals("SUSPENDED"));
        assertThat(licenses).filteredOn(l -> l.jurisdiction().equals("DE")).hasSize(1);
        assertThat(licenses).extracting(LicenseView::jurisdiction).contains("US-TX", "US-CA", "US-NY", "US-FL");
        List<PrivilegeView> privileges = registry.privileges.search(PrivilegeSearch.any(), PageRequest.first(100))
                .items();
        assertThat(privileges).anyMatch(p -> p.scope().readTypes().equals(List.of("preliminary")));
        assertThat(privileges).anyMatch(p -> p.scope().modalities().equals(List.of("CT", "MR")));
        assertThat(registry.expiry.expiring(30, null).licenses()).extracting(ExpiringLicense::number)
                .contains("NY-298877");
    }

    @Test
    void seeds_nothing_when_a_facility_exists_and_audits_as_the_system_caller() {
        demo.seedIfEmpty();
        assertThat(registry.audit.records()).isNotEmpty();
        assertThat(demo.seedIfEmpty()).isZero();
    }
}
