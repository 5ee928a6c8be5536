package org.telerad.registry.eligibility.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class EligibilityParametersTest {

    private static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

    @Test
    void asks_about_now_when_no_instant_is_given() {
        var q = EligibilityResource.query("tx-dallas", "ct", "FINAL", null, null, NOW);

        assertThat(q.at()).isEqualTo(NOW);
        assertThat(q.modality().code()).isEqualTo("CT");
        assertThat(q.readType()).isEqualTo(ReadType.FINAL);
    }

    @Test
    void accepts_repeated_and_comma_separated_subspecialties() {
        var q = EligibilityResource.query("tx-dallas", "MR", "preliminary", List.of("neuro,msk", "body"),
                "2026-07-02T08:00:00Z", NOW);

        assertThat(q.requiredSubspecialties()).containsExactlyInAnyOrder(Subspecialty.NEURO, Subspecialty.MSK,
                Subspecialty.BODY);
        assertThat(q.at()).isEqualTo(Instant.parse("2026-07-02T08:00:00Z"));
    }

    @Test
    void reports_every_invalid_parameter_at_once() {
        assertThatThrownBy(() -> EligibilityResource.query(" ", "C T", "draft", List.of("dentistry"), "yesterday", NOW))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-ELIG-003");
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("facility",
                            "modality", "readType", "subspecialty", "at");
                });
    }
}
