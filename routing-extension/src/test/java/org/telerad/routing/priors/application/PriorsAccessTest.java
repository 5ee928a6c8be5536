package org.telerad.routing.priors.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class PriorsAccessTest {

    static final PrefetchSubject TASK = new PrefetchSubject("2.25.1", "1.2.3", "PAT-1", "tx-houston", "local-orthanc",
            "rad-tx");

    static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    @Test
    void the_assigned_radiologist_reads_the_priors_and_another_radiologist_does_not() {
        assertThat(PriorsAccess.refusal(caller("rad-tx", Roles.RADIOLOGIST), TASK)).isNull();
        assertThat(PriorsAccess.refusal(caller("rad-ny", Roles.RADIOLOGIST), TASK)).contains("may read its priors");
    }

    @Test
    void a_facility_admin_reads_the_priors_of_their_own_facilities_only() {
        assertThat(PriorsAccess.refusal(caller("fa", Roles.FACILITY_ADMIN, "tx-houston"), TASK)).isNull();
        assertThat(PriorsAccess.refusal(caller("fa", Roles.FACILITY_ADMIN, "ny-albany"), TASK)).isNotNull();
    }

    @Test
    void auditors_credentialing_admins_and_services_read_every_tasks_priors() {
        assertThat(PriorsAccess.refusal(caller("a", Roles.AUDITOR), TASK)).isNull();
        assertThat(PriorsAccess.refusal(caller("c", Roles.CREDENTIALING_ADMIN), TASK)).isNull();
        assertThat(PriorsAccess.refusal(caller("s", Roles.TELERAD_SERVICE), TASK)).isNull();
    }
}
