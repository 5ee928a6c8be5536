package org.telerad.reporting.report.application;

import org.telerad.reporting.report.domain.Report;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may read a report: auditors and Telerad's services every report; a facility admin the reports of their
 * facilities; a radiologist the reports of tasks assigned to or claimed by them, and reports they signed.
 * Writing is decided by the signing policies (the claiming performer only).
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean maySee(Caller caller, String facilityCode, TaskForReporting task, Report report) {
        if (caller.hasAnyRole(Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return true;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && facilityCode != null && caller.managesFacility(facilityCode)) {
            return true;
        }
        if (caller.hasRole(Roles.RADIOLOGIST)) {
            String me = caller.username();
            boolean myTask = task != null && (me.equals(task.performerUsername()) || me.equals(task.claimedBy()));
            return myTask || (report != null && report.signedBy(me));
        }
        return false;
    }
}
