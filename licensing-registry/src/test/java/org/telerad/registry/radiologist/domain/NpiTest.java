package org.telerad.registry.radiologist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class NpiTest {

    @Test
    void accepts_the_cms_example_npi_whose_luhn_digit_covers_prefix_80840() {
        assertThat(Npi.of("1234567893").value()).isEqualTo("1234567893");
    }

    @Test
    void completes_nine_digits_with_the_check_digit() {
        assertThat(Npi.withCheckDigit("123456789").value()).isEqualTo("1234567893");
    }

    @Test
    void rejects_a_wrong_check_digit_with_code_011() {
        assertThatThrownBy(() -> Npi.of("1234567890")).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-011"));
    }

    @Test
    void rejects_anything_but_ten_digits() {
        assertThatThrownBy(() -> Npi.of("12345")).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> Npi.of("123456789A")).isInstanceOf(TeleradException.class);
    }

    @Test
    void an_identifier_in_the_npi_system_must_be_a_valid_npi() {
        assertThatThrownBy(() -> Identifier.npi("1234567890")).isInstanceOf(TeleradException.class);
        assertThat(Identifier.of("urn:oid:1.2.3", "1234567890").value()).isEqualTo("1234567890");
    }
}
