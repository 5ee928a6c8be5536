package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.fhir.Outcomes.refusalOf;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.junit.jupiter.api.Test;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;

/** The Practitioner provider over the registry's application services (in-memory stores, no server). */
class PractitionerProviderTest {

    private final Registry registry = new Registry();
    private final PractitionerProvider provider = new PractitionerProvider(registry.radiologists, registry.licenses);

    @Test
    void creating_a_practitioner_registers_the_radiologist_and_one_license_per_qualification_in_iso_3166_2() {
        MethodOutcome created = provider.create(texanAndCalifornian());

        String id = created.getId().getIdPart();
        assertThat(created.getCreated()).isTrue();
        List<LicenseView> licenses = registry.licenses.list(id);
        assertThat(licenses).extracting(LicenseView::jurisdiction).containsExactlyInAnyOrder("US-TX", "US-CA");
        assertThat(licenses).filteredOn(l -> l.jurisdiction().equals("US-CA")).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo("SUSPENDED"));
        assertThat(registry.radiologists.get(id).identifiers()).singleElement()
                .satisfies(i -> assertThat(i.system()).isEqualTo(FhirSystems.NPI));
    }

    @Test
    void a_practitioner_reads_back_with_both_qualifications_and_a_version_covering_its_licenses() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();

        Practitioner read = provider.read(new IdType("Practitioner", id));

        assertThat(read.getQualification()).hasSize(2);
        assertThat(read.getMeta().getVersionId()).isEqualTo(read.getIdElement().getVersionIdPart());
        assertThat(Long.parseLong(read.getMeta().getVersionId())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_update_renews_a_license_adds_another_and_keeps_the_others() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        Practitioner read = provider.read(new IdType("Practitioner", id));
        texas(read).getPeriod().getEndElement().setValueAsString("2029-12-31");
        read.addQualification(PractitionerMapperTest.qualification("NY-7", new Coding(FhirSystems.USPS, "NY", null)));

        MethodOutcome updated = provider.update(new IdType("Practitioner", id), read);

        Practitioner after = (Practitioner) updated.getResource();
        assertThat(after.getQualification()).hasSize(3);
        assertThat(registry.licenses.list(id)).extracting(l -> l.jurisdiction() + " " + l.validTo())
                .contains("US-TX 2029-12-31", "US-NY 2027-12-31");
        assertThat(Long.parseLong(after.getMeta().getVersionId()))
                .isGreaterThan(Long.parseLong(read.getMeta().getVersionId()));
    }

    @Test
    void an_update_from_a_stale_version_is_refused_with_412() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        Practitioner first = provider.read(new IdType("Practitioner", id));
        Practitioner second = provider.read(new IdType("Practitioner", id));
        first.getQualificationFirstRep().getPeriod().getEndElement().setValueAsString("2030-01-31");
        provider.update(new IdType("Practitioner", id), first);
        second.getNameFirstRep().setFamily("Changed");

        var refusal = refusalOf(() -> provider.update(new IdType("Practitioner", id), second));

        assertThat(refusal.status()).isEqualTo(412);
    }

    @Test
    void an_update_without_any_version_is_refused_with_428() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        Practitioner read = provider.read(new IdType("Practitioner", id));
        read.setMeta(null);
        read.setId("Practitioner/" + id);

        assertThat(refusalOf(() -> provider.update(new IdType("Practitioner", id), read)).status()).isEqualTo(428);
    }

    @Test
    void leaving_a_license_out_of_an_update_is_refused_because_licenses_are_never_deleted() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        Practitioner read = provider.read(new IdType("Practitioner", id));
        read.getQualification().remove(1);

        var refusal = refusalOf(() -> provider.update(new IdType("Practitioner", id), read));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("Practitioner.qualification");
    }

    @Test
    void revoking_a_license_through_plan_net_status_revokes_it_in_the_registry() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        Practitioner read = provider.read(new IdType("Practitioner", id));
        texas(read).getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION).getExtensionByUrl("status")
                .setValue(new CodeType("revoked"));

        provider.update(new IdType("Practitioner", id), read);

        assertThat(registry.licenses.list(id)).extracting(l -> l.jurisdiction() + " " + l.status())
                .containsExactlyInAnyOrder("US-TX REVOKED", "US-CA SUSPENDED");
    }

    @Test
    void an_invalid_npi_refused_by_the_registry_names_the_identifier_element() {
        Practitioner p = texanAndCalifornian();
        p.getIdentifierFirstRep().setValue("1234567890");

        var refusal = refusalOf(() -> provider.create(p));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.expressions()).containsExactly("Practitioner.identifier[0].value");
        assertThat(refusal.codes()).containsExactly("TELERAD-REGISTRY-011");
    }

    @Test
    void a_radiologist_may_not_create_practitioners() {
        registry.as(Callers.radiologist("rad-tx"));

        assertThat(refusalOf(() -> provider.create(texanAndCalifornian())).status()).isEqualTo(403);
    }

    @Test
    void searches_by_plan_net_where_valid_accept_iso_usps_and_bare_codes() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();

        assertThat(ids(provider.search(new TokenParam("US-TX"), null, null, null, null, null))).containsExactly(id);
        assertThat(ids(provider.search(new TokenParam(FhirSystems.USPS, "CA"), null, null, null, null, null)))
                .containsExactly(id);
        assertThat(ids(provider.search(new TokenParam(FhirSystems.ISO_3166_2, "US-CA"), null, null, null, null,
                null))).containsExactly(id);
        assertThat(ids(provider.search(new TokenParam("US-NY"), null, null, null, null, null))).isEmpty();
    }

    @Test
    void a_where_valid_search_with_an_unknown_code_is_a_bad_request() {
        var refusal = refusalOf(() -> provider.search(new TokenParam(FhirSystems.USPS, "ZZ"), null, null, null, null,
                null));

        assertThat(refusal.status()).isEqualTo(400);
    }

    @Test
    void searches_by_npi_and_by_username_identifier() {
        String id = provider.create(texanAndCalifornian()).getId().getIdPart();
        registry.registered("Other", "Olga", "rad-other");

        assertThat(ids(provider.search(null, new TokenParam(FhirSystems.NPI, Views.NPI), null, null, null, null)))
                .contains(id);
        assertThat(ids(provider.search(null, new TokenParam(FhirSystems.USERNAME, "rad-fhir"), null, null, null,
                null))).containsExactly(id);
        assertThat(ids(provider.search(null, new TokenParam(FhirSystems.NPI, "1111111112"), null, null, null, null)))
                .isEmpty();
        assertThat(ids(provider.search(null, null, new StringParam("Okafor"), null, null, null))).containsExactly(id);
        assertThat(ids(provider.search(null, new TokenParam(Views.NPI), null, null, null, null))).contains(id);
        assertThat(ids(provider.search(new TokenParam("US-NY"), new TokenParam(FhirSystems.NPI, Views.NPI), null,
                null, null, null))).isEmpty();
    }

    @Test
    void an_identifier_search_with_an_invalid_npi_is_a_bad_request() {
        var refusal = refusalOf(() -> provider.search(null, new TokenParam(FhirSystems.NPI, "1234567890"), null,
                null, null, null));

        assertThat(refusal.status()).isEqualTo(400);
    }

    static Practitioner texanAndCalifornian() {
        Practitioner p = PractitionerMapperTest.practitioner();
        p.addIdentifier().setSystem(FhirSystems.USERNAME).setValue("rad-fhir");
        p.addQualification(PractitionerMapperTest.qualification("TX-1", new Coding(FhirSystems.USPS, "TX", null)));
        PractitionerQualificationComponent california = PractitionerMapperTest.qualification("CA-1",
                new Coding(FhirSystems.ISO_3166_2, "US-CA", null));
        california.getExtensionByUrl(FhirSystems.PLAN_NET_QUALIFICATION).getExtensionByUrl("status")
                .setValue(new CodeType("inactive"));
        p.addQualification(california);
        return p;
    }

    /** The qualification whose number is TX-1. */
    static PractitionerQualificationComponent texas(Practitioner p) {
        return p.getQualification().stream().filter(q -> q.getIdentifierFirstRep().getValue().equals("TX-1"))
                .findFirst().orElseThrow();
    }

    static List<String> ids(ca.uhn.fhir.rest.api.server.IBundleProvider bundle) {
        return bundle.getResources(0, Integer.MAX_VALUE).stream().map(IBaseResource::getIdElement)
                .map(i -> i.getIdPart()).toList();
    }
}
