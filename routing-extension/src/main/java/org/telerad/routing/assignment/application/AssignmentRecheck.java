package org.telerad.routing.assignment.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.problem.TeleradException;

/**
 * One bounded pass over the assigned SCHEDULED tasks, shared by the checks that take a task away from its reader
 * ({@link LostCredentials}, {@link ShiftEnds}): pages through {@link AssignedTasks} in task-id order, asks the
 * check's verdict for each (empty: the reader keeps it; else the trigger for the audit trail) and hands the task
 * to {@link TaskReleases#reassignAway}, which locks its row, makes sure it is still SCHEDULED and still the
 * reader's, and re-routes it never back to them (each task in a transaction of its own). A task that cannot be
 * re-routed is logged (code only) and the pass goes on.
 */
final class AssignmentRecheck {

    private static final System.Logger LOG = System.getLogger(AssignmentRecheck.class.getName());

    private AssignmentRecheck() {
    }

    /**
     * @param unlessLocked skip a task whose row another transaction holds (another node is on it) rather than
     *        wait for it
     * @return how many tasks were taken away and re-routed
     */
    static int pass(AssignedTasks assigned, TaskReleases releases, int batch, int maxTasks, boolean unlessLocked,
            Function<AssignedTasks.Assigned, Optional<String>> verdict) {
        String after = null;
        int seen = 0;
        int moved = 0;
        while (seen < maxTasks) {
            List<AssignedTasks.Assigned> page = assigned.scheduledAssigned(after, batch);
            for (AssignedTasks.Assigned a : page) {
                Optional<String> trigger = verdict.apply(a);
                if (trigger.isEmpty()) {
                    continue;
                }
                try {
                    WorkitemUid uid = WorkitemUid.of(a.taskId());
                    boolean done = unlessLocked
                            ? releases.reassignAway(uid, a.assigneeId(), trigger.get(), true).isPresent()
                            : releases.reassignAway(uid, a.assigneeId(), trigger.get()).isPresent();
                    if (done) {
                        moved++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Workitem {0} could not be re-routed: {1}", a.taskId(),
                            e instanceof TeleradException t ? t.code() : e.getClass().getName());
                }
            }
            seen += page.size();
            if (page.size() < batch) {
                break;
            }
            after = page.get(page.size() - 1).taskId();
        }
        return moved;
    }
}
