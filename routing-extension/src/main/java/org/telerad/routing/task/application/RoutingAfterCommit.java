package org.telerad.routing.task.application;

import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Routes a task once the transaction that created (or re-prioritised, or enriched) it has committed: observes
 * {@link TaskAwaitsRouting} after success and hands {@link ReadingTaskService#routeNow} to the managed executor,
 * so the request that brought the task is answered without waiting for routing and a routing failure can never
 * roll the intake back. A failure is logged (workitem UID and error class only); the task stays SCHEDULED
 * without a decision and the routing sweep picks it up.
 */
@ApplicationScoped
public class RoutingAfterCommit {

    private static final System.Logger LOG = System.getLogger(RoutingAfterCommit.class.getName());

    @Inject
    ReadingTaskService tasks;

    @Resource
    ManagedExecutorService executor;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskAwaitsRouting event) {
        try {
            executor.execute(() -> route(event));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Workitem {0} not routed now (executor busy); the sweep will",
                    event.workitem());
        }
    }

    void route(TaskAwaitsRouting event) {
        try {
            CurrentCaller.runAs(Caller.system("routing"), () -> tasks.routeNow(event.workitem(),
                    event.evenIfAssigned()));
        } catch (TeleradException e) {
            LOG.log(System.Logger.Level.INFO, "Workitem {0} left unassigned: {1}", event.workitem(), e.code());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Workitem {0} left unassigned: routing failed with {1}",
                    event.workitem(), e.getClass().getName());
        }
    }
}
