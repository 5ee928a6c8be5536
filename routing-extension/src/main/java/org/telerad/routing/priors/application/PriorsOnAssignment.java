package org.telerad.routing.priors.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Starts the priors prefetch once an assignment is committed, on the managed executor: the assignment never
 * waits for an archive, and a rolled-back assignment fetches nothing. When the executor refuses the job, the
 * sweep does not see it (no run recorded); the next assignment of the task tries again.
 */
@ApplicationScoped
public class PriorsOnAssignment {

    private static final System.Logger LOG = System.getLogger(PriorsOnAssignment.class.getName());

    @Inject
    PriorsPrefetch prefetch;

    @Resource
    ManagedExecutorService executor;

    void onAssigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingTaskEvent.ReadingTaskAssigned event) {
        String task = event.workitem().value();
        try {
            executor.execute(() -> CurrentCaller.runAs(Caller.system("priors"), () -> prefetch.prefetchFor(task)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Priors prefetch for {0} not queued: {1}", task,
                    e.getClass().getName());
        }
    }
}
