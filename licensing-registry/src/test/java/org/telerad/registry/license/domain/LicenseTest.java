package org.telerad.registry.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.shared.problem.TeleradException;

class LicenseTest {

    private final License texas = License.issue(LicenseId.newId(), RadiologistId.newId(),
            new LicenseTerms(Jurisdiction.of("US-TX"), "TX-123", LicenseType.FULL,
                    Validity.between(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31")), null));

    @Test
    void a_suspended_license_can_be_reinstated() {
        texas.suspend();
        assertThat(texas.status()).isEqualTo(LicenseStatus.SUSPENDED);
        texas.reinstate();
        assertThat(texas.status()).isEqualTo(LicenseStatus.ACTIVE);
    }

    @Test
    void a_revoked_license_is_final() {
        texas.revoke();
        assertThatThrownBy(texas::reinstate).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.CONFLICT));
        assertThatThrownBy(() -> texas.renew(LocalDate.parse("2028-12-31"), null))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void renewal_moves_the_end_date_later_only() {
        texas.renew(LocalDate.parse("2028-12-31"), new Verification(Instant.parse("2026-11-01T00:00:00Z"), "board"));
        assertThat(texas.validity().validTo()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(texas.terms().verified()).isPresent();
        assertThatThrownBy(() -> texas.renew(LocalDate.parse("2027-01-01"), null))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void expiry_is_derived_from_the_dates_at_an_instant_whatever_the_status() {
        assertThat(texas.hasExpiredAt(Instant.parse("2026-12-31T12:00:00Z"))).isFalse();
        assertThat(texas.hasExpiredAt(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
        texas.suspend();
        assertThat(texas.isInForceAt(Instant.parse("2026-06-01T00:00:00Z"))).isFalse();
    }
}
