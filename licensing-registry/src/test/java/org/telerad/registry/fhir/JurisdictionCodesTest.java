package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.shared.problem.TeleradException;

class JurisdictionCodesTest {

    @Test
    void reads_a_usps_state_code_as_its_iso_subdivision() {
        assertThat(JurisdictionCodes.fromCode(FhirSystems.USPS, "TX")).isEqualTo(Jurisdiction.of("US-TX"));
        assertThat(JurisdictionCodes.fromCode(FhirSystems.USPS, "pr")).isEqualTo(Jurisdiction.of("US-PR"));
    }

    @Test
    void reads_iso_3166_2_subdivisions_and_iso_3166_countries() {
        assertThat(JurisdictionCodes.fromCode(FhirSystems.ISO_3166_2, "US-CA")).isEqualTo(Jurisdiction.of("US-CA"));
        assertThat(JurisdictionCodes.fromCode(FhirSystems.ISO_3166, "DE")).isEqualTo(Jurisdiction.of("DE"));
        assertThat(JurisdictionCodes.fromCode(FhirSystems.ISO_3166, "DE-BY")).isEqualTo(Jurisdiction.of("DE-BY"));
    }

    @Test
    void reads_a_code_without_system_as_iso_3166_so_ca_is_canada() {
        assertThat(JurisdictionCodes.fromCode(null, "US-TX")).isEqualTo(Jurisdiction.of("US-TX"));
        assertThat(JurisdictionCodes.fromCode("", "CA")).isEqualTo(Jurisdiction.of("CA"));
    }

    @Test
    void refuses_a_country_in_the_subdivision_system() {
        assertThatThrownBy(() -> JurisdictionCodes.fromCode(FhirSystems.ISO_3166_2, "DE"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("is a country");
    }

    @Test
    void refuses_an_unknown_usps_code_and_an_unknown_system() {
        assertThatThrownBy(() -> JurisdictionCodes.fromCode(FhirSystems.USPS, "XX"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("USPS");
        assertThatThrownBy(() -> JurisdictionCodes.fromCode("http://example.org/states", "TX"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("not a jurisdiction code system");
    }

    @Test
    void writes_a_us_state_as_iso_and_usps_codings_and_reads_it_back() {
        CodeableConcept concept = JurisdictionCodes.toConcept(Jurisdiction.of("US-TX"));

        assertThat(concept.getCoding()).extracting(Coding::getSystem, Coding::getCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FhirSystems.ISO_3166_2, "US-TX"),
                org.assertj.core.groups.Tuple.tuple(FhirSystems.USPS, "TX"));
        assertThat(JurisdictionCodes.fromConcept(concept, "x", new ElementViolations()))
                .isEqualTo(Jurisdiction.of("US-TX"));
    }

    @Test
    void writes_a_country_in_the_iso_3166_system_only() {
        CodeableConcept concept = JurisdictionCodes.toConcept(Jurisdiction.of("DE"));

        assertThat(concept.getCoding()).singleElement().satisfies(c -> {
            assertThat(c.getSystem()).isEqualTo(FhirSystems.ISO_3166);
            assertThat(c.getCode()).isEqualTo("DE");
        });
    }

    @Test
    void codings_naming_different_jurisdictions_are_refused_under_the_second_coding() {
        CodeableConcept concept = new CodeableConcept()
                .addCoding(new Coding(FhirSystems.ISO_3166_2, "US-TX", null))
                .addCoding(new Coding(FhirSystems.USPS, "CA", null));
        ElementViolations violations = new ElementViolations();

        assertThat(JurisdictionCodes.fromConcept(concept, "Practitioner.x", violations)).isNull();
        assertThat(violations.list()).singleElement()
                .satisfies(f -> assertThat(f.expression()).isEqualTo("Practitioner.x.coding[1]"));
    }

    @Test
    void an_unknown_code_is_recorded_under_its_coding() {
        CodeableConcept concept = new CodeableConcept().addCoding(new Coding(FhirSystems.ISO_3166_2, "US-ZZ", null));
        ElementViolations violations = new ElementViolations();

        JurisdictionCodes.fromConcept(concept, "Organization.y", violations);

        assertThat(violations.list()).singleElement().satisfies(f -> {
            assertThat(f.expression()).isEqualTo("Organization.y.coding[0]");
            assertThat(f.code()).isEqualTo("TELERAD-REGISTRY-001");
            assertThat(f.message()).contains("US-ZZ");
        });
    }
}
