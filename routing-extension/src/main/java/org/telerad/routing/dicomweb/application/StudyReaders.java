package org.telerad.routing.dicomweb.application;

import java.util.List;
import java.util.Optional;

import org.telerad.routing.assignment.application.RoutingAccess;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.shared.security.Caller;

/**
 * Who may read a study through the gateway: whoever may open one of its reading tasks in the viewer — the
 * radiologist the task is assigned to, a facility admin of the task's facility, auditors, credentialing admins
 * and Telerad services ({@link RoutingAccess#mayReadTaskDetails}, the rule of the viewer link and the priors).
 * A study without a task is nobody's to read here.
 */
public final class StudyReaders {

    private StudyReaders() {
    }

    /** The first of the study's tasks the caller may read, or empty when they may read none. */
    public static Optional<ViewedStudy> readableTask(Caller caller, List<ViewedStudy> tasksOfStudy) {
        return tasksOfStudy.stream()
                .filter(t -> RoutingAccess.mayReadTaskDetails(caller, t.facilityCode(), t.assigneeUsername()))
                .findFirst();
    }
}
