package org.telerad.routing.assignment.application;

import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Creates the chained final task of a cross-border preliminary read: observes {@link TaskRouted} once the
 * routing transaction has committed (the routed task is then the preliminary task, assigned abroad) and, when
 * the decision {@link RoutingDecision#chainedFinal() requires a final read}, schedules it through
 * {@link ReadingTaskService#scheduleFinalAfter} in a transaction of its own, off the routing thread. Idempotent
 * (one task per study and read type); the final task is routed like any other, with local readers only.
 */
@ApplicationScoped
public class ChainedFinalReads {

    private static final System.Logger LOG = System.getLogger(ChainedFinalReads.class.getName());

    @Inject
    ReadingTaskService tasks;

    @Resource
    ManagedExecutorService executor;

    void routed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskRouted event) {
        if (event.decision().chainedFinal().isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> CurrentCaller.runAs(Caller.system("routing"), () -> chain(event.decision())));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Final read after workitem {0} not chained (executor busy)",
                    event.decision().taskId());
        }
    }

    /** Schedules the final task the decision asks for; answers its workitem UID, empty when none is needed. */
    Optional<WorkitemUid> chain(RoutingDecision decision) {
        if (decision.chainedFinal().isEmpty()) {
            return Optional.empty();
        }
        try {
            return tasks.scheduleFinalAfter(WorkitemUid.of(decision.taskId())).map(i -> i.task().uid());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Final read after workitem {0} not chained: {1}", decision.taskId(),
                    e.getClass().getName());
            return Optional.empty();
        }
    }
}
