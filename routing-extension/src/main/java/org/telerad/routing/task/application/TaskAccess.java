package org.telerad.routing.task.application;

import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may see and act on a reading task: Telerad's services (role {@value Roles#TELERAD_SERVICE}: archives,
 * connectors) every task; a radiologist only the tasks assigned to them or claimed by them (push assignment: no
 * browsing of others' work). Answers why not, so the refusal can say it.
 */
public final class TaskAccess {

    private TaskAccess() {
    }

    public static boolean actsForAnyPerformer(Caller caller) {
        return caller.hasRole(Roles.TELERAD_SERVICE);
    }

    public static boolean maySee(Caller caller, ReadingTask task) {
        return actsForAnyPerformer(caller) || (caller.hasRole(Roles.RADIOLOGIST) && task.belongsTo(caller.username()));
    }
}
