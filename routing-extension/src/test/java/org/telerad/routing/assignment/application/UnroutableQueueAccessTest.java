package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class UnroutableQueueAccessTest {

    static Caller caller(String role, String... facilities) {
        return new Caller("someone", Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    @Test
    void credentialing_admins_auditors_and_services_see_the_whole_queue_or_one_facility() {
        assertThat(UnroutableQueueAccess.facilitiesFor(caller(Roles.CREDENTIALING_ADMIN), null)).isNull();
        assertThat(UnroutableQueueAccess.facilitiesFor(caller(Roles.AUDITOR), " ")).isNull();
        assertThat(UnroutableQueueAccess.facilitiesFor(caller(Roles.TELERAD_SERVICE), "tx-dallas"))
                .containsExactly("tx-dallas");
    }

    @Test
    void a_facility_admin_sees_only_their_own_facilities() {
        assertThat(UnroutableQueueAccess.facilitiesFor(caller(Roles.FACILITY_ADMIN, "tx-dallas", "tx-houston"), null))
                .containsExactlyInAnyOrder("tx-dallas", "tx-houston");
        assertThat(UnroutableQueueAccess.facilitiesFor(caller(Roles.FACILITY_ADMIN, "tx-dallas"), "tx-dallas"))
                .containsExactly("tx-dallas");
        assertThatThrownBy(() -> UnroutableQueueAccess.facilitiesFor(caller(Roles.FACILITY_ADMIN, "tx-dallas"),
                "ny-albany")).isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo("TELERAD-ROUTING-071"));
    }

    @Test
    void a_radiologist_does_not_see_the_queue() {
        assertThatThrownBy(() -> UnroutableQueueAccess.facilitiesFor(caller(Roles.RADIOLOGIST), null))
                .isInstanceOf(TeleradException.class);
    }
}
