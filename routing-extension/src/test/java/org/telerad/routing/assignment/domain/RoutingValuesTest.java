package org.telerad.routing.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

class RoutingValuesTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    final Router rules = new Router(q -> {
        throw new AssertionError("not asked");
    }, p -> OpenWork.none(), Availability.everyone(), ReaderProfiles.unknown(), PreliminaryAbroadContracts.none(),
            RoutingSettings.defaults());

    static RoutingRequest study(String modality, String bodyPart, String description) {
        return RoutingRequest.of("1.2.3", "tx-dallas", Modality.of(modality), ReadingPriority.ROUTINE, ReadType.FINAL,
                NOW).withBodyPart(bodyPart).withStudyDescription(description);
    }

    @Test
    void the_shipped_rules_derive_the_usual_subspecialties_and_say_which_rule_did() {
        assertThat(rules.needsOf(study("MG", null, "Screening mammogram"))).extracting(DerivedNeed::subspecialty,
                DerivedNeed::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(Subspecialty.BREAST,
                        "breast-mammography"));
        assertThat(rules.needsOf(study("PT", null, null))).extracting(DerivedNeed::subspecialty)
                .containsExactly(Subspecialty.NUCLEAR);
        assertThat(rules.needsOf(study("CT", null, "CT CHEST W/O CONTRAST"))).singleElement()
                .satisfies(n -> assertThat(n.because()).contains("mentions 'chest'"));
        assertThat(rules.needsOf(study("MR", "HEAD", null))).extracting(DerivedNeed::subspecialty)
                .containsExactly(Subspecialty.NEURO);
        assertThat(rules.needsOf(study("CT", "HEAD", null))).isEmpty(); // a head CT is a general read
        assertThat(rules.needsOf(study("CR", "CHEST", null))).isEmpty();
    }

    @Test
    void an_adult_needs_no_pediatric_reader_and_an_unknown_age_never_guesses() {
        assertThat(rules.needsOf(study("CR", "CHEST", null).withPatient(null, PatientAge.ofYears(18)))).isEmpty();
        assertThat(rules.needsOf(study("CR", "CHEST", null).withPatient(null, PatientAge.ofYears(17))))
                .extracting(DerivedNeed::subspecialty).containsExactly(Subspecialty.PEDIATRIC);
        assertThat(rules.needsOf(study("CR", "CHEST", null))).isEmpty();
    }

    @Test
    void an_operator_file_replaces_the_rules_and_overrides_weights_key_by_key() {
        Properties p = new Properties();
        p.setProperty("rule.stroke.needs", "neuro");
        p.setProperty("rule.stroke.modalities", "CT");
        p.setProperty("rule.stroke.keywords", "stroke");
        p.setProperty("effort.CT", "1.2");
        p.setProperty("capacity.rad-tx", "20");

        RoutingSettings settings = RoutingSettings.defaultsOverriddenBy(p);

        assertThat(settings.rules()).extracting(SubspecialtyRule::name).containsExactly("stroke");
        assertThat(settings.effort().of(Modality.of("CT"))).isEqualTo(1.2);
        assertThat(settings.effort().of(Modality.of("MR"))).isEqualTo(1.4);
        assertThat(settings.capacityOf("rad-tx")).isEqualTo(20.0);
        assertThat(settings.capacityOf("rad-other")).isEqualTo(12.0);
    }

    @Test
    void a_malformed_configuration_is_refused_with_every_problem_named() {
        Properties p = new Properties();
        p.setProperty("effort.CT", "heavy");
        p.setProperty("rule.odd.needs", "dermatology");
        p.setProperty("rule.empty.needs", "neuro");
        p.setProperty("colour", "blue");

        assertThatThrownBy(() -> RoutingSettings.defaultsOverriddenBy(p)).isInstanceOf(TeleradException.class)
                .hasMessageContaining("effort.CT").hasMessageContaining("rule.odd")
                .hasMessageContaining("rule.empty").hasMessageContaining("unknown key 'colour'");
    }

    @Test
    void a_patient_key_never_carries_the_patient_id() {
        PatientKey key = PatientKey.of("MRN-1234", "HOSP-A");

        assertThat(key.hash()).hasSize(64).doesNotContain("1234");
        assertThat(key.toString()).doesNotContain("MRN").hasSize("patient:".length() + 12);
        assertThat(key).isEqualTo(PatientKey.of(" MRN-1234 ", "HOSP-A"));
        assertThat(key).isNotEqualTo(PatientKey.of("MRN-1234", "HOSP-B"));
        assertThat(study("CT", null, null).withPatient(key, PatientAge.ofYears(40)).toString()).doesNotContain("MRN");
    }

    @Test
    void ages_come_from_dicom_age_strings_or_birth_dates() {
        assertThat(PatientAge.ofDicom("009Y").years()).isEqualTo(9);
        assertThat(PatientAge.ofDicom("018M").years()).isEqualTo(1);
        assertThat(PatientAge.ofDicom("003W").years()).isZero();
        assertThat(PatientAge.ofDicom("garbage").isKnown()).isFalse();
        assertThat(PatientAge.bornOn(LocalDate.of(2010, 11, 28), NOW).years()).isEqualTo(15);
        assertThat(PatientAge.bornOn(null, NOW).isKnown()).isFalse();
    }

    @Test
    void ups_priorities_map_to_the_three_tiers() {
        assertThat(List.of("HIGH", "MEDIUM", "LOW").stream().map(ReadingPriority::ofUps))
                .containsExactly(ReadingPriority.STAT, ReadingPriority.URGENT, ReadingPriority.ROUTINE);
        assertThatThrownBy(() -> ReadingPriority.ofUps("ASAP")).isInstanceOf(TeleradException.class);
    }

    @Test
    void a_request_refuses_what_is_not_a_country() {
        assertThatThrownBy(() -> study("CT", null, null).readableFrom(Set.of("EU", "DE")))
                .isInstanceOf(TeleradException.class).hasMessageContaining("'EU'");
        assertThat(study("CT", null, null).readableFrom(Set.of("de", "at")).allowedReaderCountries())
                .containsExactlyInAnyOrder("DE", "AT");
    }
}
