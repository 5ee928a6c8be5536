package org.telerad.registry.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class ValidityTest {

    private final Validity year2026 = Validity.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    @Test
    void refuses_a_valid_to_before_valid_from_naming_the_field() {
        assertThatThrownBy(() -> Validity.between(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-012");
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("validTo");
                });
    }

    @Test
    void is_in_force_through_its_last_day_and_expired_the_day_after() {
        assertThat(year2026.hasExpiredAt(Instant.parse("2026-12-31T23:59:59Z"))).isFalse();
        assertThat(year2026.coversInstant(Instant.parse("2026-12-31T23:59:59Z"))).isTrue();
        assertThat(year2026.hasExpiredAt(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void an_open_ended_validity_never_expires() {
        assertThat(Validity.from(LocalDate.parse("2020-01-01")).hasExpiredAt(Instant.parse("2099-01-01T00:00:00Z")))
                .isFalse();
    }

    @Test
    void pages_cut_a_list_and_keep_the_total() {
        Page<Integer> page = Page.slice(java.util.List.of(1, 2, 3, 4, 5), new PageRequest(1, 2));
        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.total()).isEqualTo(5);
    }
}
