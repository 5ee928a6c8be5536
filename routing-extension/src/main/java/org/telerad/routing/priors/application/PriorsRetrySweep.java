package org.telerad.routing.priors.application;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.telerad.routing.priors.domain.PriorsLedger;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Retries failed prefetches every minute: tasks whose last run failed at least {@value #BACKOFF_SECONDS} s ago,
 * fewer than {@value #MAX_ATTEMPTS} times, {@value #BATCH} per run. Runs outside any transaction.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PriorsRetrySweep {

    static final int BACKOFF_SECONDS = 30;
    static final int MAX_ATTEMPTS = 10;
    static final int BATCH = 20;
    private static final System.Logger LOG = System.getLogger(PriorsRetrySweep.class.getName());

    @Inject
    PriorsLedger ledger;

    @Inject
    PriorsPrefetch prefetch;

    @Inject
    Clock clock;

    @Schedule(second = "40", minute = "*", hour = "*", persistent = false, info = "telerad-priors-retry")
    void sweep() {
        try {
            CurrentCaller.runAs(Caller.system("priors"), this::retryFailed);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Priors retry sweep failed: " + e.getClass().getName());
        }
    }

    /** Retries the failed runs; answers how many succeeded. */
    int retryFailed() {
        List<String> failed = ledger.failedRuns(clock.instant().minusSeconds(BACKOFF_SECONDS), MAX_ATTEMPTS, BATCH);
        int ok = 0;
        for (String task : failed) {
            if (prefetch.prefetchFor(task)) {
                ok++;
            }
        }
        return ok;
    }
}
