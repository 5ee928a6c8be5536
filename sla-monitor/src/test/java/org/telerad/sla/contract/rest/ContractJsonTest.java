package org.telerad.sla.contract.rest;

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
import org.telerad.sla.contract.application.ContractTerms;
import org.telerad.sla.contract.application.ContractVersion;
import org.telerad.sla.contract.domain.ClockStart;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

class ContractJsonTest {

    private static ContractJson body(List<ContractJson.Target> targets, String ceiling, List<ContractJson.Step> ladder) {
        return new ContractJson(null, null, null, null, null, targets, ceiling, null, null, ladder, null);
    }

    @Test
    void a_contract_read_back_as_a_body_gives_the_same_terms() {
        TurnaroundContract defaults = TurnaroundContract.defaultsFor("tx-dallas");
        ContractJson json = ContractJson.of(ContractVersion.stored(defaults, Instant.EPOCH, "credentialing"));

        assertThat(json.terms().asVersion("tx-dallas", 1)).isEqualTo(defaults);
    }

    @Test
    void iso_durations_modalities_and_enum_names_are_read_leniently_as_to_case() {
        ContractTerms terms = new ContractJson(null, null, null, null, null,
                List.of(new ContractJson.Target("stat", "preliminary", "ct", "PT15M")), "P2D", 0.8, "order_time",
                List.of(new ContractJson.Step("reassign", 1.0)), "PT6H").terms();

        assertThat(terms.targets()).singleElement().satisfies(t -> {
            assertThat(t.priority()).isEqualTo(Priority.STAT);
            assertThat(t.readType()).isEqualTo(ReadType.PRELIMINARY);
            assertThat(t.modality()).isEqualTo(Modality.of("CT"));
            assertThat(t.target()).isEqualTo(Duration.ofMinutes(15));
        });
        assertThat(terms.clockStart()).isEqualTo(ClockStart.ORDER_TIME);
        assertThat(terms.ladder()).singleElement().satisfies(s -> assertThat(s.action())
                .isEqualTo(EscalationAction.REASSIGN));
        assertThat(terms.ceiling()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void every_unreadable_value_is_named_by_its_json_pointer_in_one_refusal() {
        ContractJson bad = body(List.of(new ContractJson.Target("SOON", "FINAL", null, "30 minutes"),
                new ContractJson.Target("STAT", null, null, "PT0S")), "two days",
                List.of(new ContractJson.Step("PANIC", 1.0), new ContractJson.Step("REASSIGN", null)));

        assertThatThrownBy(bad::terms).isInstanceOfSatisfying(TeleradException.class, e -> {
            assertThat(e.code()).isEqualTo(SlaErrors.MALFORMED_VALUE);
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("/targets/0/priority",
                    "/targets/0/target", "/targets/1/readType", "/ladder/0/action", "/ladder/1/shareOfTarget",
                    "/ceiling");
        });
    }

    @Test
    void a_refusal_of_a_target_itself_is_named_under_that_target() {
        ContractJson zero = body(List.of(new ContractJson.Target("STAT", "FINAL", null, "PT0S")), null, null);

        assertThatThrownBy(zero::terms).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("/targets/0/target"));
    }
}
