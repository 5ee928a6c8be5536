package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.fhir.Outcomes.refusalOf;
import static org.telerad.registry.fhir.PractitionerProviderTest.ids;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.TokenParam;

/** The Organization provider over the registry's application services (in-memory stores, no server). */
class OrganizationProviderTest {

    private final Registry registry = new Registry();
    private final OrganizationProvider provider = new OrganizationProvider(registry.facilities);

    @Test
    void creating_an_organization_opens_a_facility_in_the_jurisdiction_of_its_address() {
        MethodOutcome created = provider.create(austin());

        FacilityView facility = registry.facilities.get("tx-austin");
        assertThat(created.getId().getIdPart()).isEqualTo(facility.id());
        assertThat(facility.jurisdiction()).isEqualTo("US-TX");
        assertThat(facility.identifiers().aeTitles()).containsExactly("AUSTIN_CT");
    }

    @Test
    void an_update_with_the_read_version_revises_and_a_stale_one_is_refused_with_412() {
        String id = provider.create(austin()).getId().getIdPart();
        Organization read = provider.read(new IdType("Organization", id));
        read.setName("Austin Imaging");

        provider.update(new IdType("Organization", id), read);

        assertThat(registry.facilities.get(id).name()).isEqualTo("Austin Imaging");
        read.setName("Austin Imaging Again");
        assertThat(refusalOf(() -> provider.update(new IdType("Organization", id), read)).status()).isEqualTo(412);
    }

    @Test
    void an_inactive_organization_deactivates_the_facility() {
        String id = provider.create(austin()).getId().getIdPart();
        Organization read = provider.read(new IdType("Organization", id));
        read.setActive(false);

        provider.update(new IdType("Organization", id), read);

        assertThat(registry.facilities.get(id).active()).isFalse();
    }

    @Test
    void a_facility_admin_may_not_create_an_organization() {
        registry.as(Callers.facilityAdmin("tx-dallas"));

        assertThat(refusalOf(() -> provider.create(austin())).status()).isEqualTo(403);
    }

    @Test
    void a_duplicate_facility_code_is_a_conflict() {
        provider.create(austin());

        assertThat(refusalOf(() -> provider.create(austin())).status()).isEqualTo(409);
    }

    @Test
    void an_unknown_time_zone_refused_by_the_registry_names_the_extension() {
        Organization o = austin();
        o.getExtensionByUrl(FhirSystems.TIME_ZONE_EXTENSION).setValue(new org.hl7.fhir.r4.model.CodeType("Mars/Base"));

        var refusal = refusalOf(() -> provider.create(o));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("Organization.extension[0].value");
    }

    @Test
    void reading_an_unknown_organization_is_not_found() {
        assertThat(refusalOf(() -> provider.read(new IdType("Organization", "9d7b0a34-0000-4000-8000-000000000000")))
                .status()).isEqualTo(404);
    }

    @Test
    void searches_by_facility_code_ae_title_and_bare_identifier_value() {
        String id = provider.create(austin()).getId().getIdPart();
        registry.opened("tx-waco", "US-TX");

        assertThat(ids(provider.search(new TokenParam(FhirSystems.FACILITY_CODE, "tx-austin"), null, null, null,
                null))).containsExactly(id);
        assertThat(ids(provider.search(new TokenParam(FhirSystems.AE_TITLE, "AUSTIN_CT"), null, null, null, null)))
                .containsExactly(id);
        assertThat(ids(provider.search(new TokenParam("AUSTIN_CT"), null, null, null, null))).containsExactly(id);
        assertThat(ids(provider.search(new TokenParam(FhirSystems.AE_TITLE, "NOBODY"), null, null, null, null)))
                .isEmpty();
        assertThat(ids(provider.search(null, null, null, null, null))).hasSize(2);
    }

    static Organization austin() {
        Organization o = OrganizationMapperTest.organization("TX", "US");
        o.setName("Austin Imaging Center");
        o.getIdentifierFirstRep().setValue("tx-austin");
        o.addIdentifier().setSystem(FhirSystems.AE_TITLE).setValue("AUSTIN_CT");
        return o;
    }
}
