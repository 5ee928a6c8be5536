package org.telerad.sla.clock.application;

import org.telerad.routing.api.TaskFacts;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may see and pause a task's reading clock: Telerad services and credentialing admins everywhere, the
 * admins of the task's facility, the radiologist the task is assigned to or claimed by; auditors may see it.
 */
public final class ClockAccess {

    private ClockAccess() {
    }

    public static boolean maySee(Caller caller, TaskFacts task) {
        return mayPause(caller, task) || caller.hasRole(Roles.AUDITOR);
    }

    public static boolean mayPause(Caller caller, TaskFacts task) {
        if (caller.hasRole(Roles.TELERAD_SERVICE) || caller.hasRole(Roles.CREDENTIALING_ADMIN)) {
            return true;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && task.facilityCode() != null
                && caller.managesFacility(task.facilityCode())) {
            return true;
        }
        return caller.hasRole(Roles.RADIOLOGIST) && caller.username() != null
                && (caller.username().equals(task.performerUsername()) || caller.username().equals(task.claimedBy()));
    }
}
