package org.telerad.routing.priors.application;

import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may read a task's priors: the same readers as its routing explanation
 * ({@link org.telerad.routing.assignment.application.RoutingAccess}) — credentialing admins, auditors, Telerad
 * services, a facility admin for their own facilities — and the radiologist the task is assigned to. Answers
 * null when allowed, else the reason.
 */
public final class PriorsAccess {

    private PriorsAccess() {
    }

    public static String refusal(Caller caller, PrefetchSubject task) {
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return null;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && task.facilityCode() != null
                && caller.managesFacility(task.facilityCode())) {
            return null;
        }
        if (caller.hasRole(Roles.RADIOLOGIST) && task.assigneeUsername() != null
                && task.assigneeUsername().equals(caller.username())) {
            return null;
        }
        return "Only credentialing admins, auditors, Telerad services, the admins of the task's facility and the"
                + " radiologist it is assigned to may read its priors";
    }
}
