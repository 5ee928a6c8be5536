package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.fhir.Outcomes.refusalOf;


import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.telerad.registry.facility.application.FacilityDetails;

import ca.uhn.fhir.context.FhirContext;

class OrganizationMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void a_facility_becomes_an_organization_with_its_code_study_identifiers_state_and_time_zone() {
        Organization o = OrganizationMapper.toFhir(Views.dallas());

        assertThat(o.getIdElement().getIdPart()).isEqualTo(Views.DALLAS_ID);
        assertThat(o.getMeta().getVersionId()).isEqualTo("3");
        assertThat(o.getName()).isEqualTo("Dallas Imaging Center");
        assertThat(o.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FhirSystems.FACILITY_CODE, "tx-dallas"),
                org.assertj.core.groups.Tuple.tuple(FhirSystems.AE_TITLE, "DALLAS_CT1"),
                org.assertj.core.groups.Tuple.tuple(FhirSystems.AE_TITLE, "DALLAS_MR1"),
                org.assertj.core.groups.Tuple.tuple(FhirSystems.INSTITUTION_NAME, "Dallas Imaging Center"),
                org.assertj.core.groups.Tuple.tuple(FhirSystems.HL7_FACILITY, "DALLASRIS"));
        assertThat(o.getAddressFirstRep().getState()).isEqualTo("TX");
        assertThat(o.getAddressFirstRep().getCountry()).isEqualTo("US");
        assertThat(o.getExtensionByUrl(FhirSystems.TIME_ZONE_EXTENSION).getValue().primitiveValue())
                .isEqualTo("America/Chicago");
        assertThat(o.getExtensionByUrl(FhirSystems.RESIDENCY_EXTENSION)).isNull();
    }

    @Test
    void an_organization_written_as_json_reads_back_into_the_same_facility() {
        String json = FHIR.newJsonParser().encodeResourceToString(OrganizationMapper.toFhir(Views.dallas()));

        Incoming<FacilityDetails> back = OrganizationMapper.fromFhir(
                FHIR.newJsonParser().parseResource(Organization.class, json));

        FacilityDetails d = back.command();
        assertThat(d.code()).isEqualTo("tx-dallas");
        assertThat(d.name()).isEqualTo("Dallas Imaging Center");
        assertThat(d.jurisdiction()).isEqualTo("US-TX");
        assertThat(d.timeZone()).isEqualTo("America/Chicago");
        assertThat(d.residencyRegion()).isNull();
        assertThat(d.identifiers().aeTitles()).containsExactly("DALLAS_CT1", "DALLAS_MR1");
        assertThat(d.identifiers().institutionNames()).containsExactly("Dallas Imaging Center");
        assertThat(d.identifiers().hl7Facilities()).containsExactly("DALLASRIS");
        assertThat(back.active()).isTrue();
    }

    @Test
    void a_european_subdivision_keeps_its_country_and_residency_override() {
        Organization o = OrganizationMapper.toFhir(Views.munich());

        assertThat(o.getAddressFirstRep().getState()).isEqualTo("BY");
        assertThat(o.getAddressFirstRep().getCountry()).isEqualTo("DE");
        FacilityDetails back = OrganizationMapper.fromFhir(o).command();
        assertThat(back.jurisdiction()).isEqualTo("DE-BY");
        assertThat(back.residencyRegion()).isEqualTo("EU");
    }

    @Test
    void a_state_without_country_is_a_us_state_and_a_full_iso_code_in_state_is_accepted() {
        assertThat(OrganizationMapper.fromFhir(organization("NY", null)).command().jurisdiction()).isEqualTo("US-NY");
        assertThat(OrganizationMapper.fromFhir(organization("US-FL", null)).command().jurisdiction())
                .isEqualTo("US-FL");
        assertThat(OrganizationMapper.fromFhir(organization(null, "DE")).command().jurisdiction()).isEqualTo("DE");
    }

    @Test
    void an_unknown_state_is_refused_naming_address_state() {
        var refusal = refusalOf(() -> OrganizationMapper.fromFhir(organization("XX", "US")));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("Organization.address[0].state");
        assertThat(refusal.codes()).containsExactly("TELERAD-REGISTRY-001");
    }

    @Test
    void a_state_of_another_country_is_refused_naming_address_state() {
        var refusal = refusalOf(() -> OrganizationMapper.fromFhir(organization("US-TX", "DE")));

        assertThat(refusal.expressions()).containsExactly("Organization.address[0].state");
    }

    @Test
    void an_identifier_system_telerad_does_not_keep_is_refused_rather_than_dropped() {
        Organization o = organization("TX", "US");
        o.addIdentifier().setSystem("urn:telerad:ae-titles").setValue("CT1");

        var refusal = refusalOf(() -> OrganizationMapper.fromFhir(o));

        assertThat(refusal.expressions()).containsExactly("Organization.identifier[1].system");
    }

    @Test
    void a_missing_time_zone_and_jurisdiction_are_both_named() {
        Organization o = new Organization().setName("No Where");
        o.addIdentifier().setSystem(FhirSystems.FACILITY_CODE).setValue("no-where");

        var refusal = refusalOf(() -> OrganizationMapper.fromFhir(o));

        assertThat(refusal.expressions()).containsExactlyInAnyOrder("Organization.address", "Organization.extension");
    }

    @Test
    void registry_field_paths_point_back_at_the_identifier_the_client_sent() {
        Organization o = organization("TX", "US");
        o.addIdentifier().setSystem(FhirSystems.AE_TITLE).setValue("A");
        o.addIdentifier().setSystem(FhirSystems.AE_TITLE).setValue("B");

        FieldPaths paths = OrganizationMapper.fromFhir(o).paths();

        assertThat(paths.expressionFor("/code")).isEqualTo("Organization.identifier[0].value");
        assertThat(paths.expressionFor("/identifiers/aeTitles/1")).isEqualTo("Organization.identifier[2].value");
        assertThat(paths.expressionFor("/timeZone")).isEqualTo("Organization.extension[0].value");
        assertThat(paths.expressionFor("/jurisdiction")).isEqualTo("Organization.address[0].state");
        assertThat(paths.expressionFor("/name")).isEqualTo("Organization.name");
    }

    static Organization organization(String state, String country) {
        Organization o = new Organization().setName("Test Facility");
        o.addIdentifier().setSystem(FhirSystems.FACILITY_CODE).setValue("test-facility");
        o.addAddress().setState(state).setCountry(country);
        o.addExtension(FhirSystems.TIME_ZONE_EXTENSION, new CodeType("America/Chicago"));
        return o;
    }
}
