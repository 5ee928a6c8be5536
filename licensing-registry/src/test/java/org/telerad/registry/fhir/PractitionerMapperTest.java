package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.telerad.registry.fhir.Outcomes.refusalOf;

import java.util.List;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.junit.jupiter.api.Test;
import org.telerad.registry.fhir.PractitionerMapper.PractitionerIn;
import org.telerad.registry.fhir.PractitionerMapper.QualificationIn;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.radiologist.application.RadiologistDetails;

import ca.uhn.fhir.context.FhirContext;

class PractitionerMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void a_radiologist_becomes_a_practitioner_with_npi_username_email_home_country_and_subspecialties() {
        Practitioner p = PractitionerMapper.toFhir(Views.radiologist(), List.of());

        assertThat(p.getIdElement().getIdPart()).isEqualTo(Views.RADIOLOGIST_ID);
        assertThat(p.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue).containsExactly(
                tuple(FhirSystems.NPI, Views.NPI), tuple(FhirSystems.USERNAME, "rad-tx"));
        assertThat(p.getNameFirstRep().getFamily()).isEqualTo("Okafor");
        assertThat(p.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Ada");
        assertThat(p.getTelecomFirstRep().getSystem()).isEqualTo(ContactPoint.ContactPointSystem.EMAIL);
        assertThat(p.getAddressFirstRep().getCountry()).isEqualTo("US");
        assertThat(p.getExtensionsByUrl(FhirSystems.SUBSPECIALTY_EXTENSION))
                .extracting(e -> ((Coding) e.getValue()).getCode()).containsExactly("msk", "neuro");
        assertThat(p.getActive()).isTrue();
    }

    @Test
    void each_license_becomes_a_qualification_with_number_period_and_plan_net_status_and_where_valid() {
        Practitioner p = PractitionerMapper.toFhir(Views.radiologist(),
                List.of(Views.texasLicense(), Views.californiaLicense()));

        PractitionerQualificationComponent texas = p.getQualification().get(0);
        assertThat(texas.getId()).isEqualTo(Views.TX_LICENSE_ID);
        assertThat(texas.getIdentifierFirstRep().getValue()).isEqualTo("TX-12345");
        assertThat(texas.getPeriod().getStartElement().getValueAsString()).isEqualTo("2024-01-01");
        assertThat(texas.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-12-31");
        assertThat(texas.getCode().getCodingFirstRep().getCode()).isEqualTo("full");
        Extension planNet = texas.getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION);
        assertThat(planNet.getExtensionByUrl("status").getValue().primitiveValue()).isEqualTo("active");
        CodeableConcept whereValid = (CodeableConcept) planNet.getExtensionByUrl("whereValid").getValue();
        assertThat(whereValid.getCoding()).extracting(Coding::getSystem, Coding::getCode).containsExactly(
                tuple(FhirSystems.ISO_3166_2, "US-TX"), tuple(FhirSystems.USPS, "TX"));

        PractitionerQualificationComponent california = p.getQualification().get(1);
        assertThat(california.getPeriod().hasEnd()).isFalse();
        assertThat(california.getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION).getExtensionByUrl("status")
                .getValue().primitiveValue()).as("suspended is Plan-Net's inactive").isEqualTo("inactive");
    }

    @Test
    void the_version_grows_with_every_change_to_the_radiologist_or_a_license() {
        long base = PractitionerMapper.version(Views.radiologist(), List.of(Views.texasLicense()));
        LicenseView renewed = Views.texasLicense();
        renewed = new LicenseView(renewed.id(), renewed.radiologistId(), renewed.version() + 1,
                renewed.jurisdiction(), renewed.number(), renewed.type(), renewed.status(), renewed.validFrom(),
                renewed.validTo(), false, null, null);

        assertThat(base).isEqualTo(2 + 0 + 1);
        assertThat(PractitionerMapper.version(Views.radiologist(), List.of(renewed))).isEqualTo(base + 1);
        assertThat(PractitionerMapper.version(Views.radiologist(), List.of(Views.texasLicense(),
                Views.californiaLicense()))).isGreaterThan(base);
    }

    @Test
    void a_practitioner_written_as_json_reads_back_into_the_same_radiologist_and_licenses() {
        String json = FHIR.newJsonParser().encodeResourceToString(PractitionerMapper.toFhir(Views.radiologist(),
                List.of(Views.texasLicense(), Views.californiaLicense())));

        PractitionerIn back = PractitionerMapper.fromFhir(FHIR.newJsonParser().parseResource(Practitioner.class, json));

        RadiologistDetails r = back.radiologist().command();
        assertThat(r.name().family()).isEqualTo("Okafor");
        assertThat(r.name().given()).isEqualTo("Ada");
        assertThat(r.name().prefix()).isEqualTo("Dr.");
        assertThat(r.identifiers()).singleElement().satisfies(i -> assertThat(i.value()).isEqualTo(Views.NPI));
        assertThat(r.username()).isEqualTo("rad-tx");
        assertThat(r.email()).isEqualTo("ada.okafor@example.org");
        assertThat(r.homeCountry()).isEqualTo("US");
        assertThat(r.subspecialties()).containsExactly("msk", "neuro");
        assertThat(back.radiologist().active()).isTrue();

        QualificationIn texas = back.qualifications().get(0);
        assertThat(texas.licenseId()).isEqualTo(Views.TX_LICENSE_ID);
        assertThat(texas.license().jurisdiction()).isEqualTo("US-TX");
        assertThat(texas.license().number()).isEqualTo("TX-12345");
        assertThat(texas.license().type()).isEqualTo("full");
        assertThat(texas.license().validFrom()).isEqualTo("2024-01-01");
        assertThat(texas.license().validTo()).isEqualTo("2027-12-31");
        assertThat(texas.license().verification().verifiedBy()).isEqualTo("credentialing");
        assertThat(texas.status()).isEqualTo("ACTIVE");
        assertThat(PractitionerMapper.sameTerms(Views.texasLicense(), texas.license())).isTrue();

        QualificationIn california = back.qualifications().get(1);
        assertThat(california.license().jurisdiction()).isEqualTo("US-CA");
        assertThat(california.license().validTo()).isNull();
        assertThat(california.status()).isEqualTo("SUSPENDED");
        assertThat(PractitionerMapper.sameTerms(Views.californiaLicense(), california.license())).isTrue();
    }

    @Test
    void a_usps_state_and_an_iso_subdivision_are_stored_as_iso_3166_2() {
        Practitioner p = practitioner();
        p.addQualification(qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null)));
        p.addQualification(qualification("CA-1", new Coding(FhirSystems.ISO_3166_2, "US-CA", null)));
        p.addQualification(qualification("DE-1", new Coding(FhirSystems.ISO_3166, "DE", null)));

        PractitionerIn in = PractitionerMapper.fromFhir(p);

        assertThat(in.qualifications()).extracting(q -> q.license().jurisdiction())
                .containsExactly("US-TX", "US-CA", "DE");
    }

    @Test
    void plan_net_status_inactive_is_a_suspended_license_and_revoked_stays_revoked() {
        assertThat(PlanNetQualification.registryStatus("active")).isEqualTo("ACTIVE");
        assertThat(PlanNetQualification.registryStatus("inactive")).isEqualTo("SUSPENDED");
        assertThat(PlanNetQualification.registryStatus("revoked")).isEqualTo("REVOKED");
        assertThat(PlanNetQualification.registryStatus(null)).isEqualTo("ACTIVE");
        assertThat(PlanNetQualification.registryStatus("pending")).isNull();
    }

    @Test
    void an_unknown_jurisdiction_code_is_refused_naming_the_where_valid_coding() {
        Practitioner p = practitioner();
        p.addQualification(qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null)));
        p.addQualification(qualification("ZZ-1", new Coding(FhirSystems.ISO_3166_2, "US-ZZ", null)));

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions())
                .containsExactly("Practitioner.qualification[1].extension[0].extension[1].value.coding[0]");
        assertThat(refusal.codes()).containsExactly("TELERAD-REGISTRY-001");
        assertThat(refusal.issues().get(0).getDetails().getText()).contains("US-ZZ");
    }

    @Test
    void a_qualification_without_plan_net_extension_or_number_is_refused_naming_both_elements() {
        Practitioner p = practitioner();
        PractitionerQualificationComponent q = p.addQualification();
        q.getCode().setText("license");
        q.getPeriod().setStartElement(new DateTimeType("2024-01-01"));

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.expressions()).containsExactlyInAnyOrder("Practitioner.qualification[0].identifier",
                "Practitioner.qualification[0].extension");
    }

    @Test
    void two_where_valid_jurisdictions_on_one_license_are_refused() {
        Practitioner p = practitioner();
        PractitionerQualificationComponent q = qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null));
        q.getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION).addExtension("whereValid",
                new CodeableConcept(new Coding(FhirSystems.USPS, "CA", null)));
        p.addQualification(q);

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.expressions()).containsExactly("Practitioner.qualification[0].extension[0].extension[2]");
    }

    @Test
    void a_status_plan_net_defines_but_the_registry_cannot_keep_is_refused_naming_the_status() {
        Practitioner p = practitioner();
        PractitionerQualificationComponent q = qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null));
        q.getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION).getExtensionByUrl("status")
                .setValue(new CodeType("pending"));
        p.addQualification(q);

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.expressions())
                .containsExactly("Practitioner.qualification[0].extension[0].extension[0].value");
    }

    @Test
    void a_period_start_less_precise_than_a_day_is_refused_naming_period_start() {
        Practitioner p = practitioner();
        PractitionerQualificationComponent q = qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null));
        q.getPeriod().setStartElement(new DateTimeType("2024"));
        p.addQualification(q);

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.expressions()).containsExactly("Practitioner.qualification[0].period.start");
    }

    @Test
    void an_unknown_subspecialty_is_refused_naming_its_extension() {
        Practitioner p = practitioner();
        p.addExtension(FhirSystems.SUBSPECIALTY_EXTENSION, new Coding(FhirSystems.SUBSPECIALTY, "dental", null));

        var refusal = refusalOf(() -> PractitionerMapper.fromFhir(p));

        assertThat(refusal.expressions()).containsExactly("Practitioner.extension[0].value");
        assertThat(refusal.codes()).containsExactly("TELERAD-REGISTRY-002");
    }

    @Test
    void registry_field_paths_point_back_at_the_practitioner_elements() {
        Practitioner p = practitioner();
        p.getIdentifier().add(0, new Identifier().setSystem(FhirSystems.USERNAME).setValue("rad-x"));
        p.addQualification(qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null)));

        PractitionerIn in = PractitionerMapper.fromFhir(p);

        FieldPaths paths = in.radiologist().paths();
        assertThat(paths.expressionFor("/identifiers/0/value")).isEqualTo("Practitioner.identifier[1].value");
        assertThat(paths.expressionFor("/username")).isEqualTo("Practitioner.identifier[0].value");
        assertThat(paths.expressionFor("/email")).isEqualTo("Practitioner.telecom[0].value");
        assertThat(paths.expressionFor("/name/family")).isEqualTo("Practitioner.name[0].family");
        assertThat(paths.expressionFor("/homeCountry")).isEqualTo("Practitioner.address[0].country");
        FieldPaths license = in.qualifications().get(0).paths();
        assertThat(license.expressionFor("/number")).isEqualTo("Practitioner.qualification[0].identifier[0].value");
        assertThat(license.expressionFor("/jurisdiction"))
                .isEqualTo("Practitioner.qualification[0].extension[0].extension[1].value");
        assertThat(license.expressionFor("/validTo")).isEqualTo("Practitioner.qualification[0].period.end");
        assertThat(license.expressionFor("something-else")).isEqualTo("Practitioner.qualification[0]");
    }

    static Practitioner practitioner() {
        Practitioner p = new Practitioner();
        p.addIdentifier().setSystem(FhirSystems.NPI).setValue(Views.NPI);
        p.addName().setFamily("Okafor").addGiven("Ada");
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("ada@example.org");
        p.addAddress().setCountry("US");
        return p;
    }

    static PractitionerQualificationComponent qualification(String number, Coding whereValid) {
        PractitionerQualificationComponent q = new PractitionerQualificationComponent();
        q.addIdentifier().setValue(number);
        q.getCode().setText("Medical license");
        q.getPeriod().setStartElement(new DateTimeType("2024-01-01")).setEndElement(new DateTimeType("2027-12-31"));
        Extension planNet = q.addExtension().setUrl(FhirSystems.PLAN_NET_QUALIFICATION);
        planNet.addExtension("status", new CodeType("active"));
        planNet.addExtension("whereValid", new CodeableConcept(whereValid));
        return q;
    }
}
