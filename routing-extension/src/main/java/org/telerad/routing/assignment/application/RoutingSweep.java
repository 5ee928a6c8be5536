package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Every 30 seconds, routes the SCHEDULED tasks left without a routing decision (non-persistent timer: each node
 * runs its own; {@link ReadingTaskService#routeIfUndecided} skips a task whose row another node holds and, under
 * the lock, routes only a task routing never decided about, so two nodes never route one task twice). A task is
 * swept once it is {@value #GRACE_SECONDS} s old, which leaves the after-commit routing time to finish. Runs
 * outside any transaction, as Telerad itself; each task in a transaction of its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingSweep {

    static final int GRACE_SECONDS = 10;
    static final int BATCH = 50;
    private static final System.Logger LOG = System.getLogger(RoutingSweep.class.getName());

    @Inject
    UnroutedTasks unrouted;

    @Inject
    ReadingTaskService tasks;

    @Inject
    Clock clock;

    @Schedule(second = "15/30", minute = "*", hour = "*", persistent = false, info = "telerad-routing-sweep")
    void sweep() {
        try {
            int routed = CurrentCaller.callAs(Caller.system("routing"), this::routeWaiting);
            if (routed > 0) {
                LOG.log(System.Logger.Level.INFO, "Routing sweep routed {0} waiting workitems", routed);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Routing sweep failed: " + e.getClass().getName());
        }
    }

    /** Routes the tasks waiting for a decision; answers how many were tried. */
    int routeWaiting() {
        Instant before = clock.instant().minusSeconds(GRACE_SECONDS);
        List<String> waiting = unrouted.scheduledWithoutDecision(before, BATCH);
        for (String uid : waiting) {
            try {
                tasks.routeIfUndecided(WorkitemUid.of(uid));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Workitem {0} still unrouted: {1}", uid, e.getClass().getName());
            }
        }
        return waiting.size();
    }
}
