package org.telerad.it.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerad.it.fhir.FhirClients.all;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import io.restassured.path.json.JsonPath;

/**
 * The registry loaded through FHIR with HAPI's generic client and a credentialing admin's token, read through
 * REST and back through FHIR; refusals answer OperationOutcomes that name the offending element.
 */
class FhirRoundTripIT {

    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String USPS = "https://www.usps.com/";
    static final String ISO_3166_2 = "urn:iso:std:iso:3166:-2";
    static final String PLAN_NET =
            "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification";
    static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";

    private final IGenericClient credentialing = FhirClients.as("credentialing");
    private final String unique = FhirClients.unique();

    @Test
    void a_facility_radiologist_and_privilege_loaded_via_fhir_read_back_via_rest_and_fhir() {
        String npi = FhirClients.randomNpi();
        String organizationId = credentialing.create().resource(organization("it-fhir-" + unique)).execute().getId()
                .getIdPart();
        String practitionerId = credentialing.create().resource(practitioner(npi, new Coding(USPS, "TX", null),
                new Coding(ISO_3166_2, "US-CA", null))).execute().getId().getIdPart();
        String roleId = credentialing.create().resource(role(practitionerId, organizationId)).execute().getId()
                .getIdPart();

        JsonPath facility = Stack.api("credentialing").get("/facilities/" + organizationId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(facility.getString("code")).isEqualTo("it-fhir-" + unique);
        assertThat(facility.getString("jurisdiction")).isEqualTo("US-TX");
        assertThat(facility.getList("identifiers.aeTitles", String.class)).containsExactly(aeTitle());
        JsonPath radiologist = Stack.api("credentialing").get("/radiologists/" + practitionerId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(radiologist.getString("name.family")).isEqualTo("Fhirson");
        assertThat(radiologist.getList("identifiers.value", String.class)).contains(npi);
        String licenses = Stack.api("credentialing").get("/radiologists/" + practitionerId + "/licenses").then()
                .statusCode(200).extract().asString();
        JsonPath licensesJson = new JsonPath(licenses);
        String items = licenses.trim().startsWith("[") ? "" : "items.";
        assertThat(licensesJson.getList(items + "jurisdiction", String.class)).containsExactlyInAnyOrder("US-TX",
                "US-CA");
        assertThat(licensesJson.getList(items + "number", String.class)).containsExactlyInAnyOrder("TX-" + unique,
                "CA-" + unique);
        JsonPath privilege = Stack.api("credentialing").get("/privileges/" + roleId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(privilege.getString("radiologistId")).isEqualTo(practitionerId);
        assertThat(privilege.getString("facilityCode")).isEqualTo("it-fhir-" + unique);
        assertThat(privilege.getList("scope.readTypes", String.class)).containsExactly("final");
        assertThat(privilege.getList("scope.modalities", String.class)).containsExactly("CT");

        Practitioner read = credentialing.read().resource(Practitioner.class).withId(practitionerId).execute();
        assertThat(read.getIdentifier()).anySatisfy(i -> {
            assertThat(i.getSystem()).isEqualTo(NPI);
            assertThat(i.getValue()).isEqualTo(npi);
        });
        assertThat(read.getQualification()).extracting(q -> whereValid(q).getCoding().get(0).getCode())
                .containsExactlyInAnyOrder("US-TX", "US-CA");
        assertThat(read.getQualification()).allSatisfy(q -> assertThat(whereValid(q).getCoding())
                .anySatisfy(c -> assertThat(c.getSystem()).isEqualTo(USPS)));
        Organization organization = credentialing.read().resource(Organization.class).withId(organizationId).execute();
        assertThat(organization.getAddressFirstRep().getState()).isEqualTo("TX");
        PractitionerRole role = credentialing.read().resource(PractitionerRole.class).withId(roleId).execute();
        assertThat(role.getPractitioner().getReferenceElement().getIdPart()).isEqualTo(practitionerId);
        assertThat(role.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("128005");

        List<Practitioner> inTexas = all(credentialing, credentialing.search().forResource(Practitioner.class)
                .where(new TokenClientParam("qualification-wherevalid-code").exactly().code("US-TX")).count(200)
                .returnBundle(Bundle.class).execute(), Practitioner.class);
        assertThat(inTexas).extracting(p -> p.getIdElement().getIdPart()).contains(practitionerId);
        List<Practitioner> inTexasByUsps = all(credentialing, credentialing.search().forResource(Practitioner.class)
                .where(new TokenClientParam("qualification-wherevalid-code").exactly().systemAndCode(USPS, "TX"))
                .count(200).returnBundle(Bundle.class).execute(), Practitioner.class);
        assertThat(inTexasByUsps).extracting(p -> p.getIdElement().getIdPart()).contains(practitionerId);
        Bundle byNpi = credentialing.search().forResource(Practitioner.class)
                .where(Practitioner.IDENTIFIER.exactly().systemAndIdentifier(NPI, npi)).returnBundle(Bundle.class)
                .execute();
        assertThat(byNpi.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(practitionerId);
        Bundle atFacility = credentialing.search().forResource(PractitionerRole.class)
                .where(PractitionerRole.ORGANIZATION.hasId("Organization/" + organizationId))
                .returnBundle(Bundle.class).execute();
        assertThat(atFacility.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(roleId);
        Bundle ofPractitioner = credentialing.search().forResource(PractitionerRole.class)
                .where(PractitionerRole.PRACTITIONER.hasId("Practitioner/" + practitionerId))
                .returnBundle(Bundle.class).execute();
        assertThat(ofPractitioner.getEntry()).hasSize(1);
        Bundle byAeTitle = credentialing.search().forResource(Organization.class)
                .where(Organization.IDENTIFIER.exactly().systemAndIdentifier("urn:telerad:ae-title", aeTitle()))
                .returnBundle(Bundle.class).execute();
        assertThat(byAeTitle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(organizationId);
    }

    @Test
    void an_update_with_the_version_read_changes_the_license_and_a_stale_one_is_refused_with_412() {
        String practitionerId = credentialing.create().resource(practitioner(FhirClients.randomNpi(),
                new Coding(USPS, "TX", null))).execute().getId().getIdPart();
        Practitioner first = credentialing.read().resource(Practitioner.class).withId(practitionerId).execute();
        Practitioner stale = credentialing.read().resource(Practitioner.class).withId(practitionerId).execute();

        first.getQualificationFirstRep().getPeriod().setEndElement(new DateTimeType("2031-06-30"));
        credentialing.update().resource(first).execute();

        String licenses = Stack.api("credentialing").get("/radiologists/" + practitionerId + "/licenses").then()
                .statusCode(200).extract().asString();
        assertThat(licenses).contains("2031-06-30");
        stale.getNameFirstRep().setFamily("Stale");
        assertThatThrownBy(() -> credentialing.update().resource(stale).execute())
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void a_practitioner_with_an_unknown_jurisdiction_answers_an_operation_outcome_naming_the_element() {
        Practitioner invalid = practitioner(FhirClients.randomNpi(), new Coding(USPS, "TX", null),
                new Coding(ISO_3166_2, "US-ZZ", null));

        assertThatThrownBy(() -> credentialing.create().resource(invalid).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isIn(400, 422);
                    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
                    assertThat(outcome).isNotNull();
                    assertThat(outcome.getIssue()).anySatisfy(issue -> {
                        assertThat(issue.getExpression()).extracting(StringType::getValue)
                                .anySatisfy(x -> assertThat(x).startsWith("Practitioner.qualification[1].extension["));
                        assertThat(issue.getDetails().getText()).contains("US-ZZ");
                    });
                });
    }

    @Test
    void a_radiologist_may_not_create_an_organization() {
        assertThatThrownBy(() -> FhirClients.as("rad-tx").create().resource(organization("it-fhir-rad-" + unique))
                .execute()).isInstanceOfSatisfying(ForbiddenOperationException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(403));
    }

    @Test
    void a_facility_admin_grants_practitioner_roles_only_at_their_own_facilities() {
        String practitionerId = credentialing.create().resource(practitioner(FhirClients.randomNpi(),
                new Coding(USPS, "TX", null))).execute().getId().getIdPart();
        IGenericClient facilityAdmin = FhirClients.as("facility-admin-tx");

        PractitionerRole atDallas = role(practitionerId, null).setOrganization(byFacilityCode("tx-dallas"));
        String roleId = facilityAdmin.create().resource(atDallas).execute().getId().getIdPart();
        PractitionerRole atSacramento = role(practitionerId, null).setOrganization(byFacilityCode("ca-sacramento"));

        assertThat(facilityAdmin.read().resource(PractitionerRole.class).withId(roleId).execute()
                .getOrganization().getIdentifier().getValue()).isEqualTo("tx-dallas");
        assertThatThrownBy(() -> facilityAdmin.create().resource(atSacramento).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void the_fhir_endpoint_requires_a_token() {
        Stack.anonymous().baseUri(FhirClients.fhirBase()).get("/Organization").then().statusCode(401);
    }

    private String aeTitle() {
        return ("IT" + unique).toUpperCase();
    }

    private Organization organization(String code) {
        Organization o = new Organization().setName("FHIR IT Imaging " + unique).setActive(true);
        o.addIdentifier().setSystem("urn:telerad:facility-code").setValue(code);
        o.addIdentifier().setSystem("urn:telerad:ae-title").setValue(aeTitle());
        o.addIdentifier().setSystem("urn:telerad:institution-name").setValue("FHIR IT Imaging " + unique);
        o.addAddress().setState("TX").setCountry("US");
        o.addExtension("urn:telerad:fhir:extension:time-zone", new CodeType("America/Chicago"));
        return o;
    }

    private Practitioner practitioner(String npi, Coding... jurisdictions) {
        Practitioner p = new Practitioner().setActive(true);
        p.addIdentifier().setSystem(NPI).setValue(npi);
        p.addName().setFamily("Fhirson").addGiven("Flora");
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("flora." + unique + "@example.org");
        p.addAddress().setCountry("US");
        p.addExtension("urn:telerad:fhir:extension:subspecialty",
                new Coding("urn:telerad:subspecialty", "neuro", null));
        for (Coding jurisdiction : jurisdictions) {
            String state = jurisdiction.getCode().substring(jurisdiction.getCode().length() - 2);
            PractitionerQualificationComponent q = p.addQualification();
            q.addIdentifier().setValue(state + "-" + unique);
            q.getCode().setText("Medical license");
            q.getPeriod().setStartElement(new DateTimeType("2024-01-01"))
                    .setEndElement(new DateTimeType("2028-12-31"));
            Extension planNet = q.addExtension().setUrl(PLAN_NET);
            planNet.addExtension("status", new CodeType("active"));
            planNet.addExtension("whereValid", new CodeableConcept(jurisdiction));
        }
        return p;
    }

    private static PractitionerRole role(String practitionerId, String organizationId) {
        PractitionerRole role = new PractitionerRole().setActive(true);
        role.setPractitioner(new Reference("Practitioner/" + practitionerId));
        role.setOrganization(new Reference("Organization/" + organizationId));
        role.getPeriod().setStartElement(new DateTimeType("2026-01-01"));
        role.addCode(new CodeableConcept(new Coding(DCM, "128005", "Final Report")));
        role.addSpecialty(new CodeableConcept(new Coding("urn:telerad:subspecialty", "neuro", null)));
        role.addExtension("urn:telerad:fhir:extension:modality", new Coding(DCM, "CT", null));
        return role;
    }

    private static Reference byFacilityCode(String code) {
        Reference reference = new Reference();
        reference.getIdentifier().setSystem("urn:telerad:facility-code").setValue(code);
        return reference;
    }

    private static CodeableConcept whereValid(PractitionerQualificationComponent q) {
        return (CodeableConcept) q.getExtensionByUrl(PLAN_NET).getExtensionByUrl("whereValid").getValue();
    }
}
