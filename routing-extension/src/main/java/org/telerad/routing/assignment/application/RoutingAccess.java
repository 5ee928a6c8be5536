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
        return mayReadTaskDetails(caller, decision.facilityCode(), decision.assigneeUsername()) ? null
                : "Only credentialing admins, auditors, Telerad services, the admins of the task's facility and the"
                        + " radiologist it is assigned to may read how it was routed";
    }

    /**
     * The rule shared by every per-task detail that names radiologists or patients' other studies (routing
     * explanation, priors): credentialing admins, auditors, Telerad services, a facility admin of the task's
     * facility, and the radiologist the task is assigned to.
     */
    public static boolean mayReadTaskDetails(Caller caller, String facilityCode, String assigneeUsername) {
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return true;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && facilityCode != null && caller.managesFacility(facilityCode)) {
            return true;
        }
        return caller.hasRole(Roles.RADIOLOGIST) && assigneeUsername != null
                && assigneeUsername.equals(caller.username());
    }
}
