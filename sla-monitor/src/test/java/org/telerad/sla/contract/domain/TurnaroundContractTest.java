package org.telerad.sla.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.testing.Contracts;

class TurnaroundContractTest {

    private static final Modality CT = Modality.of("CT");
    private static final Modality MR = Modality.of("MR");

    @Test
    void the_defaults_are_stat_thirty_minutes_preliminary_sixty_and_final_a_day() {
        TurnaroundContract contract = Contracts.dallasDefaults();

        assertThat(contract.targetFor(Priority.STAT, ReadType.PRELIMINARY, CT)).isEqualTo(Duration.ofMinutes(30));
        assertThat(contract.targetFor(Priority.STAT, ReadType.FINAL, CT)).isEqualTo(Duration.ofMinutes(30));
        assertThat(contract.targetFor(Priority.URGENT, ReadType.PRELIMINARY, CT)).isEqualTo(Duration.ofMinutes(60));
        assertThat(contract.targetFor(Priority.ROUTINE, ReadType.FINAL, MR)).isEqualTo(Duration.ofHours(24));
        assertThat(contract.ceiling()).isEqualTo(Duration.ofDays(28));
        assertThat(contract.warningShare()).isEqualTo(0.75);
        assertThat(contract.clockStart()).isEqualTo(ClockStart.STUDY_COMPLETE);
        assertThat(contract.version()).isEqualTo(1);
    }

    @Test
    void a_modality_specific_target_wins_over_the_general_one() {
        TurnaroundContract contract = Contracts.dallasDefaults()
                .withTarget(TurnaroundTarget.forModality(Priority.STAT, ReadType.PRELIMINARY, CT, Duration.ofMinutes(20)));

        assertThat(contract.targetFor(Priority.STAT, ReadType.PRELIMINARY, CT)).isEqualTo(Duration.ofMinutes(20));
        assertThat(contract.targetFor(Priority.STAT, ReadType.PRELIMINARY, MR)).isEqualTo(Duration.ofMinutes(30));
        assertThat(contract.targetFor(Priority.STAT, ReadType.PRELIMINARY, null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_target_above_the_ceiling_is_refused_naming_the_field() {
        TurnaroundContract contract = Contracts.dallasDefaults();

        assertThatThrownBy(() -> contract
                .withTarget(TurnaroundTarget.of(Priority.ROUTINE, ReadType.FINAL, Duration.ofDays(29))))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-SLA-003");
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("/targets/5/target");
                    assertThat(e.getMessage()).contains("ROUTINE FINAL", "PT696H", "PT672H");
                });
    }

    @Test
    void a_zero_or_negative_target_is_refused_naming_the_field() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-5))) {
            assertThatThrownBy(() -> TurnaroundTarget.of(Priority.STAT, ReadType.FINAL, bad))
                    .isInstanceOfSatisfying(TeleradException.class, e -> {
                        assertThat(e.code()).isEqualTo("TELERAD-SLA-002");
                        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("target");
                    });
        }
    }

    @Test
    void a_warning_share_outside_zero_and_one_is_refused() {
        for (double bad : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> Contracts.dallasDefaults().withWarningShare(bad))
                    .isInstanceOfSatisfying(TeleradException.class, e -> {
                        assertThat(e.code()).isEqualTo("TELERAD-SLA-004");
                        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("warningShare");
                    });
        }
    }

    @Test
    void a_ladder_out_of_order_is_refused_naming_the_misplaced_step() {
        List<EscalationStep> ladder = List.of(EscalationStep.atBreach(EscalationAction.REASSIGN),
                EscalationStep.at(0.5, EscalationAction.NOTIFY_ASSIGNED_RADIOLOGIST));

        assertThatThrownBy(() -> Contracts.dallasDefaults().withLadder(ladder))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-SLA-005");
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("/ladder/1/shareOfTarget");
                });
    }

    @Test
    void lowering_the_ceiling_below_a_target_is_refused() {
        assertThatThrownBy(() -> Contracts.dallasDefaults().withCeiling(Duration.ofHours(1)))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-003"));
    }

    @Test
    void two_targets_for_the_same_scope_are_refused() {
        List<TurnaroundTarget> twice = List.of(TurnaroundTarget.of(Priority.STAT, ReadType.FINAL, Duration.ofMinutes(30)),
                TurnaroundTarget.of(Priority.STAT, ReadType.FINAL, Duration.ofMinutes(20)));

        assertThatThrownBy(() -> new TurnaroundContract("tx-dallas", 1, twice, Duration.ofDays(28), 0.75,
                ClockStart.STUDY_COMPLETE, List.of(), Duration.ofHours(12)))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-SLA-008");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/targets/1");
                });
    }

    @Test
    void a_facility_code_that_is_not_a_slug_is_refused() {
        assertThatThrownBy(() -> TurnaroundContract.defaultsFor("TX Dallas"))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-001"));
    }

    @Test
    void a_revision_keeps_the_terms_under_the_next_version() {
        TurnaroundContract v1 = Contracts.dallasDefaults();

        TurnaroundContract v2 = v1.revised();

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.targets()).isEqualTo(v1.targets());
    }

    @Test
    void the_contract_says_which_moment_starts_the_clock() {
        Instant ordered = Instant.parse("2026-11-27T10:00:00Z");
        Instant complete = Instant.parse("2026-11-27T10:20:00Z");
        StudyMoments moments = new StudyMoments(ordered, null, complete);

        assertThat(Contracts.dallasDefaults().clockStartsAt(moments)).isEqualTo(complete);
        assertThat(Contracts.dallasDefaults().withClockStart(ClockStart.ORDER_TIME).clockStartsAt(moments))
                .isEqualTo(ordered);
        assertThatThrownBy(() -> Contracts.dallasDefaults().withClockStart(ClockStart.FIRST_IMAGE).clockStartsAt(moments))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-SLA-024"));
    }
}
