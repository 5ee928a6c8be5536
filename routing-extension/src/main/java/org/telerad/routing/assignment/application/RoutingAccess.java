package org.telerad.routing.assignment.application;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may read a task's routing explanation (it names radiologists and their credentials): credentialing
 * admins, auditors and Telerad's services, a facility admin for their own facilities, and the radiologist the
 * task is assigned to. Answers null when allowed, else the reason.
 */
public final class RoutingAccess {

    private RoutingAccess() {
    }

    public static String refusal(Caller caller, RecordedDecision decision) {
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return null;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && decision.facilityCode() != null
                && caller.managesFacility(decision.facilityCode())) {
            return null;
        }
        if (caller.hasRole(Roles.RADIOLOGIST) && decision.assigneeUsername() != null
                && decision.assigneeUsername().equals(caller.username())) {
            return null;
        }
        return "Only credentialing admins, auditors, Telerad services, the admins of the task's facility and the"
                + " radiologist it is assigned to may read how it was routed";
    }
}
