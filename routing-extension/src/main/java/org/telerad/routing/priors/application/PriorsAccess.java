package org.telerad.routing.priors.application;

import org.telerad.routing.assignment.application.RoutingAccess;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.shared.security.Caller;

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
        return RoutingAccess.mayReadTaskDetails(caller, task.facilityCode(), task.assigneeUsername()) ? null
                : "Only credentialing admins, auditors, Telerad services, the admins of the task's facility and the"
                        + " radiologist it is assigned to may read its priors";
    }
}
