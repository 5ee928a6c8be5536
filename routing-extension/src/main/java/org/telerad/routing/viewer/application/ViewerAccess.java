package org.telerad.routing.viewer.application;

import org.telerad.routing.assignment.application.RoutingAccess;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.shared.security.Caller;

/**
 * Who may have a task's viewer link: the readers of the task's details
 * ({@link RoutingAccess#mayReadTaskDetails}) — credentialing admins, auditors, Telerad services, a facility admin
 * for their own facilities — and the radiologist the task is assigned to. Answers null when allowed, else the
 * reason. (The link itself holds no secret; this keeps the study's existence and its UID to those readers.)
 */
public final class ViewerAccess {

    private ViewerAccess() {
    }

    public static String refusal(Caller caller, ViewedStudy task) {
        return RoutingAccess.mayReadTaskDetails(caller, task.facilityCode(), task.assigneeUsername()) ? null
                : "Only credentialing admins, auditors, Telerad services, the admins of the task's facility and the"
                        + " radiologist it is assigned to may open its study";
    }
}
