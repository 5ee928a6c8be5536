package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.fhir.Outcomes.refusalOf;

import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.telerad.registry.fhir.PractitionerRoleMapper.PractitionerRoleIn;
import org.telerad.registry.availability.application.AvailableTimeData;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.privilege.application.ScopeData;

import ca.uhn.fhir.context.FhirContext;

class PractitionerRoleMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void a_privilege_becomes_a_practitioner_role_with_references_period_specialty_read_types_and_modalities() {
        PractitionerRole role = PractitionerRoleMapper.toFhir(Views.privilege(
                new ScopeData(List.of("CT", "MR"), List.of("neuro"), List.of("preliminary"))));

        assertThat(role.getIdElement().getIdPart()).isEqualTo(Views.PRIVILEGE_ID);
        assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/" + Views.RADIOLOGIST_ID);
        assertThat(role.getOrganization().getReference()).isEqualTo("Organization/" + Views.DALLAS_ID);
        assertThat(role.getOrganization().getIdentifier().getValue()).isEqualTo("tx-dallas");
        assertThat(role.getActive()).isTrue();
        assertThat(role.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-01-01");
        assertThat(role.getSpecialtyFirstRep().getCodingFirstRep().getCode()).isEqualTo("neuro");
        assertThat(role.getCode()).singleElement().satisfies(c -> {
            assertThat(c.getCodingFirstRep().getSystem()).isEqualTo(FhirSystems.DCM);
            assertThat(c.getCodingFirstRep().getCode()).isEqualTo("121362");
        });
        assertThat(role.getExtensionsByUrl(FhirSystems.MODALITY_EXTENSION))
                .extracting(e -> ((Coding) e.getValue()).getCode()).containsExactly("CT", "MR");
    }

    @Test
    void a_privilege_for_both_read_types_leaves_code_absent_and_reads_back_the_same() {
        PractitionerRole role = PractitionerRoleMapper.toFhir(Views.privilege(ScopeData.all()));
        assertThat(role.hasCode()).isFalse();

        String json = FHIR.newJsonParser().encodeResourceToString(role);
        PractitionerRoleIn back = PractitionerRoleMapper.fromFhir(
                FHIR.newJsonParser().parseResource(PractitionerRole.class, json));

        assertThat(back.command().radiologistId()).isEqualTo(Views.RADIOLOGIST_ID);
        assertThat(back.command().facility()).isEqualTo(Views.DALLAS_ID);
        assertThat(back.command().validFrom()).isEqualTo("2025-01-01");
        assertThat(back.command().validTo()).isEqualTo("2026-12-31");
        assertThat(back.command().scope().readTypes()).isEmpty();
        assertThat(back.command().scope().modalities()).isEmpty();
        assertThat(back.status()).isEqualTo("ACTIVE");
    }

    @Test
    void dicom_codes_become_read_types_and_an_organization_may_be_named_by_its_facility_code() {
        PractitionerRole role = role();
        role.setOrganization(new Reference().setIdentifier(
                new org.hl7.fhir.r4.model.Identifier().setSystem(FhirSystems.FACILITY_CODE).setValue("tx-houston")));
        role.addCode(new CodeableConcept(new Coding(FhirSystems.DCM, "121362", "Preliminary Report")));
        role.addCode(new CodeableConcept(new Coding(FhirSystems.DCM, "128005", "Final Report")));

        PractitionerRoleIn in = PractitionerRoleMapper.fromFhir(role);

        assertThat(in.command().facility()).isEqualTo("tx-houston");
        assertThat(in.command().scope().readTypes()).containsExactly("preliminary", "final");
    }

    @Test
    void an_inactive_role_asks_for_a_suspended_privilege_unless_the_status_extension_says_revoked() {
        PractitionerRole role = role().setActive(false);
        assertThat(PractitionerRoleMapper.fromFhir(role).status()).isEqualTo("SUSPENDED");

        role.addExtension(FhirSystems.PRIVILEGE_STATUS_EXTENSION, new org.hl7.fhir.r4.model.CodeType("revoked"));
        assertThat(PractitionerRoleMapper.fromFhir(role).status()).isEqualTo("REVOKED");
    }

    @Test
    void a_dicom_code_that_is_no_read_type_is_refused_naming_the_coding() {
        PractitionerRole role = role();
        role.addCode(new CodeableConcept(new Coding(FhirSystems.DCM, "121363", null)));

        var refusal = refusalOf(() -> PractitionerRoleMapper.fromFhir(role));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("PractitionerRole.code[0].coding[0].code");
        assertThat(refusal.codes()).containsExactly("TELERAD-REGISTRY-003");
    }

    @Test
    void a_practitioner_reference_to_another_resource_type_is_refused() {
        PractitionerRole role = role().setPractitioner(new Reference("Patient/123"));

        var refusal = refusalOf(() -> PractitionerRoleMapper.fromFhir(role));

        assertThat(refusal.expressions()).containsExactly("PractitionerRole.practitioner.reference");
    }

    @Test
    void active_contradicting_the_status_extension_is_refused_naming_active() {
        PractitionerRole role = role().setActive(true);
        role.addExtension(FhirSystems.PRIVILEGE_STATUS_EXTENSION, new org.hl7.fhir.r4.model.CodeType("revoked"));

        var refusal = refusalOf(() -> PractitionerRoleMapper.fromFhir(role));

        assertThat(refusal.expressions()).containsExactly("PractitionerRole.active");
    }

    static PractitionerRole role() {
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(new Reference("Practitioner/" + Views.RADIOLOGIST_ID));
        role.setOrganization(new Reference("Organization/" + Views.DALLAS_ID));
        role.getPeriod().setStartElement(new DateTimeType("2025-01-01"));
        return role;
    }

    @Test
    void reading_windows_become_available_times_with_fhir_days_and_seconds_and_read_back_the_same() {
        PrivilegeView view = new PrivilegeView(Views.PRIVILEGE_ID, 1, Views.RADIOLOGIST_ID, Views.DALLAS_ID,
                "tx-dallas", "ACTIVE", java.time.LocalDate.of(2025, 1, 1), null, false, ScopeData.all(),
                "credentialing", java.time.Instant.parse("2025-01-01T08:00:00Z"), List.of(
                        new AvailableTimeData(List.of("mon", "tue"), false, "22:00", "06:00"),
                        new AvailableTimeData(List.of("sat", "sun"), true, null, null)));

        PractitionerRole role = PractitionerRoleMapper.toFhir(view);

        assertThat(role.getAvailableTime()).hasSize(2);
        PractitionerRole.PractitionerRoleAvailableTimeComponent night = role.getAvailableTime().get(0);
        assertThat(night.getDaysOfWeek()).extracting(d -> d.getValue().toCode()).containsExactly("mon", "tue");
        assertThat(night.getAvailableStartTime()).isEqualTo("22:00:00");
        assertThat(night.getAvailableEndTime()).isEqualTo("06:00:00");
        assertThat(night.hasAllDay()).isFalse();
        assertThat(role.getAvailableTime().get(1).getAllDay()).isTrue();
        assertThat(role.getAvailableTime().get(1).hasAvailableStartTime()).isFalse();

        String json = FHIR.newJsonParser().encodeResourceToString(role);
        PractitionerRoleIn back = PractitionerRoleMapper.fromFhir(
                FHIR.newJsonParser().parseResource(PractitionerRole.class, json));

        assertThat(back.command().availableTimes()).containsExactly(
                new AvailableTimeData(List.of("mon", "tue"), null, "22:00:00", "06:00:00"),
                new AvailableTimeData(List.of("sat", "sun"), true, null, null));
        assertThat(back.paths().expressionFor("/availableTimes/0/availableEndTime"))
                .isEqualTo("PractitionerRole.availableTime[0].availableEndTime");
    }

    @Test
    void a_role_without_available_time_asks_for_no_reading_windows() {
        PractitionerRoleIn in = PractitionerRoleMapper.fromFhir(PractitionerRoleMapper.toFhir(
                Views.privilege(ScopeData.all())));

        assertThat(in.command().availableTimes()).isEmpty();
    }
}
