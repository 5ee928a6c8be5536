package org.telerad.registry.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class EligibilityAccessTest {

    private static Caller caller(String role, String... facilities) {
        return new Caller("someone", Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    @Test
    void a_facility_admin_may_ask_about_their_own_facility() {
        assertThat(EligibilityAccess.mayAsk(caller(Roles.FACILITY_ADMIN, "tx-dallas", "tx-houston"), "tx-dallas")
                .isAllowed()).isTrue();
    }

    @Test
    void a_facility_admin_may_not_ask_about_another_facility() {
        assertThat(EligibilityAccess.mayAsk(caller(Roles.FACILITY_ADMIN, "tx-dallas"), "ca-sacramento").isAllowed())
                .isFalse();
    }

    @Test
    void credentialing_admins_auditors_and_services_may_ask_about_any_facility() {
        for (String role : new String[] { Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE }) {
            assertThat(EligibilityAccess.mayAsk(caller(role), "ca-sacramento").isAllowed()).as(role).isTrue();
        }
    }

    @Test
    void a_radiologist_may_not_ask() {
        assertThat(EligibilityAccess.mayAsk(caller(Roles.RADIOLOGIST), "tx-dallas").isAllowed()).isFalse();
    }
}
