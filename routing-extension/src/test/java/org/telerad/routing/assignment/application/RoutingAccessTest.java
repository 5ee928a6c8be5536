package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class RoutingAccessTest {

    final RecordedDecision dallasTask = new RecordedDecision("1.2.3", Instant.parse("2026-11-27T21:00:00Z"),
            "assigned", "tx-dallas", "rad-tx", "{}");

    static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    @Test
    void credentialing_admins_auditors_and_services_may_read_any_routing() {
        assertThat(RoutingAccess.refusal(caller("c", Roles.CREDENTIALING_ADMIN), dallasTask)).isNull();
        assertThat(RoutingAccess.refusal(caller("a", Roles.AUDITOR), dallasTask)).isNull();
        assertThat(RoutingAccess.refusal(caller("s", Roles.TELERAD_SERVICE), dallasTask)).isNull();
    }

    @Test
    void a_facility_admin_reads_the_routing_of_their_own_facilities_only() {
        assertThat(RoutingAccess.refusal(caller("f", Roles.FACILITY_ADMIN, "tx-dallas", "tx-houston"), dallasTask))
                .isNull();
        assertThat(RoutingAccess.refusal(caller("f", Roles.FACILITY_ADMIN, "ca-sacramento"), dallasTask)).isNotNull();
    }

    @Test
    void the_assigned_radiologist_may_read_why_they_got_it_and_no_other_radiologist_may() {
        assertThat(RoutingAccess.refusal(caller("rad-tx", Roles.RADIOLOGIST), dallasTask)).isNull();
        assertThat(RoutingAccess.refusal(caller("rad-ca", Roles.RADIOLOGIST), dallasTask)).isNotNull();
    }
}
