package org.telerad.reporting.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class ReportAccessTest {

    private final ReportingDesk desk = new ReportingDesk();
    private final TaskForReporting dallasTask = desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");

    private static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "10.0.0.1");
    }

    @Test
    void a_facility_admin_reads_the_reports_of_their_facilities_only() {
        assertThat(ReportAccess.maySee(caller("fa", Roles.FACILITY_ADMIN, "tx-dallas", "tx-houston"), "tx-dallas",
                dallasTask, null)).isTrue();
        assertThat(ReportAccess.maySee(caller("fa", Roles.FACILITY_ADMIN, "ny-albany"), "tx-dallas", dallasTask,
                null)).isFalse();
    }

    @Test
    void auditors_read_every_report_and_credentialing_admins_none() {
        assertThat(ReportAccess.maySee(caller("aud", Roles.AUDITOR), "tx-dallas", dallasTask, null)).isTrue();
        assertThat(ReportAccess.maySee(caller("cred", Roles.CREDENTIALING_ADMIN), "tx-dallas", dallasTask, null))
                .isFalse();
    }

    @Test
    void a_radiologist_reads_the_reports_of_their_own_tasks_only() {
        assertThat(ReportAccess.maySee(caller("rad-tx", Roles.RADIOLOGIST), "tx-dallas", dallasTask, null)).isTrue();
        assertThat(ReportAccess.maySee(caller("rad-ca", Roles.RADIOLOGIST), "tx-dallas", dallasTask, null)).isFalse();
    }
}
