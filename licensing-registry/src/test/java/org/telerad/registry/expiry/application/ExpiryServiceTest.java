package org.telerad.registry.expiry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telerad.registry.radiologist.application.RadiologistView;
import org.telerad.registry.testing.Callers;
import org.telerad.registry.testing.Registry;
import org.telerad.shared.problem.TeleradException;

/** Today is 2026-11-27 in every test (the registry's fixed clock). */
class ExpiryServiceTest {

    private final Registry registry = new Registry();
    private final RadiologistView ana = registry.registered("Nguyen", "Ana", "rad-ana");
    private final RadiologistView ben = registry.registered("Okafor", "Ben", "rad-ben");

    {
        registry.opened("tx-dallas", "US-TX");
        registry.opened("ca-sacramento", "US-CA");
        registry.licensed(ana, "US-TX", "TX-1", "2025-01-01", "2026-12-15");
        registry.licensed(ana, "US-CA", "CA-1", "2025-01-01", "2027-02-10");
        registry.licensed(ben, "US-CA", "CA-2", "2025-01-01", "2026-12-01");
        registry.privileged(ana, "tx-dallas", "2025-01-01", "2027-01-20");
        registry.privileged(ben, "ca-sacramento", "2025-01-01", null);
    }

    @Test
    void lists_licenses_and_privileges_ending_within_the_window_soonest_first() {
        ExpiryReport in30 = registry.expiry.expiring(30, null);
        assertThat(in30.licenses()).extracting(ExpiringLicense::number).containsExactly("CA-2", "TX-1");
        assertThat(in30.privileges()).isEmpty();

        ExpiryReport in90 = registry.expiry.expiring(90, null);
        assertThat(in90.licenses()).extracting(ExpiringLicense::number).containsExactly("CA-2", "TX-1", "CA-1");
        assertThat(in90.privileges()).extracting(ExpiringPrivilege::facilityCode).containsExactly("tx-dallas");
        assertThat(in90.licenses().get(0).daysLeft()).isEqualTo(4);
    }

    @Test
    void per_facility_a_license_counts_when_its_holder_is_privileged_there() {
        ExpiryReport dallas = registry.expiry.expiring(90, "tx-dallas");
        assertThat(dallas.licenses()).extracting(ExpiringLicense::number).containsExactly("TX-1", "CA-1");
        ExpiryReport sacramento = registry.expiry.expiring(90, "ca-sacramento");
        assertThat(sacramento.licenses()).extracting(ExpiringLicense::number).containsExactly("CA-2");
    }

    @Test
    void a_facility_admin_sees_only_their_facilities() {
        registry.as(Callers.facilityAdmin("ca-sacramento"));
        assertThat(registry.expiry.expiring(90, null).licenses()).extracting(ExpiringLicense::number)
                .containsExactly("CA-2");
        assertThatThrownBy(() -> registry.expiry.expiring(90, "tx-dallas")).isInstanceOfSatisfying(
                TeleradException.class, e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
    }

    @Test
    void refuses_a_window_outside_one_to_366_days() {
        assertThatThrownBy(() -> registry.expiry.expiring(0, null)).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> registry.expiry.expiring(400, null)).isInstanceOf(TeleradException.class);
    }
}
