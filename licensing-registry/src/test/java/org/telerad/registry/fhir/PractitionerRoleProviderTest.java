package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.fhir.Outcomes.refusalOf;
import static org.telerad.registry.fhir.PractitionerProviderTest.ids;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;

import ca.uhn.fhir.rest.param.ReferenceParam;

/** The PractitionerRole provider over the registry's application services (in-memory stores, no server). */
class PractitionerRoleProviderTest {

    private final Registry registry = new Registry();
    private final PractitionerRoleProvider provider = new PractitionerRoleProvider(registry.privileges);
    private final FacilityView dallas = registry.opened("tx-dallas", "US-TX");
    private final FacilityView houston = registry.opened("tx-houston", "US-TX");
    private final RadiologistView ada = registry.registered("Okafor", "Ada", "rad-ada", "neuro");

    @Test
    void creating_a_practitioner_role_grants_a_privilege_with_its_scope() {
        String id = provider.create(role(dallas, "121362")).getId().getIdPart();

        PrivilegeView granted = registry.privileges.get(id);
        assertThat(granted.facilityCode()).isEqualTo("tx-dallas");
        assertThat(granted.radiologistId()).isEqualTo(ada.id());
        assertThat(granted.scope().readTypes()).containsExactly("preliminary");
        assertThat(granted.scope().modalities()).containsExactly("CT");
        assertThat(granted.scope().subspecialties()).containsExactly("neuro");
        assertThat(granted.grantedBy()).isEqualTo("credentialing");
    }

    @Test
    void a_facility_admin_grants_at_their_own_facility_only() {
        registry.as(Callers.facilityAdmin("tx-dallas"));

        provider.create(role(dallas, null));
        assertThat(refusalOf(() -> provider.create(role(houston, null))).status()).isEqualTo(403);
    }

    @Test
    void a_reference_to_an_unknown_practitioner_is_refused_naming_the_practitioner_element() {
        PractitionerRole role = role(dallas, null)
                .setPractitioner(new Reference("Practitioner/6a1b2c3d-0000-4000-8000-000000000000"));

        var refusal = refusalOf(() -> provider.create(role));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("PractitionerRole.practitioner");
    }

    @Test
    void suspending_through_active_false_and_reading_back() {
        String id = provider.create(role(dallas, null)).getId().getIdPart();
        PractitionerRole read = provider.read(new IdType("PractitionerRole", id));
        read.setActive(false);
        read.getExtension().removeIf(e -> FhirSystems.PRIVILEGE_STATUS_EXTENSION.equals(e.getUrl()));

        provider.update(new IdType("PractitionerRole", id), read);

        assertThat(registry.privileges.get(id).status()).isEqualTo("SUSPENDED");
        assertThat(provider.read(new IdType("PractitionerRole", id)).getActive()).isFalse();
    }

    @Test
    void searches_by_organization_and_by_practitioner() {
        String atDallas = provider.create(role(dallas, null)).getId().getIdPart();
        String atHouston = provider.create(role(houston, null)).getId().getIdPart();

        assertThat(ids(provider.search(new ReferenceParam("Organization/" + dallas.id()), null, null, null)))
                .containsExactly(atDallas);
        assertThat(ids(provider.search(new ReferenceParam("tx-houston"), null, null, null)))
                .containsExactly(atHouston);
        assertThat(ids(provider.search(null, new ReferenceParam("Practitioner/" + ada.id()), null, null)))
                .containsExactlyInAnyOrder(atDallas, atHouston);
    }

    private PractitionerRole role(FacilityView facility, String readTypeCode) {
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(new Reference("Practitioner/" + ada.id()));
        role.setOrganization(new Reference("Organization/" + facility.id()));
        role.getPeriod().setStartElement(new DateTimeType("2026-01-01"));
        role.setActive(true);
        role.addSpecialty(new CodeableConcept(new Coding(FhirSystems.SUBSPECIALTY, "neuro", null)));
        if (readTypeCode != null) {
            role.addCode(new CodeableConcept(new Coding(FhirSystems.DCM, readTypeCode, null)));
            role.addExtension(FhirSystems.MODALITY_EXTENSION, new Coding(FhirSystems.DCM, "CT", null));
        }
        return role;
    }
}
