package org.telerad.routing.enrichment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Every 30 seconds, retries enriching the tasks whose archive could not be asked (non-persistent timer: each
 * node runs its own; the backlog's claims keep them apart). Runs outside any transaction, as Telerad itself.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrichmentRetry {

    private static final System.Logger LOG = System.getLogger(EnrichmentRetry.class.getName());

    @Inject
    TaskEnrichment enrichment;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "telerad-enrichment-retry")
    void retry() {
        try {
            int tried = CurrentCaller.callAs(Caller.system("enrichment"), enrichment::retryDue);
            if (tried > 0) {
                LOG.log(System.Logger.Level.INFO, "Enrichment retried for {0} workitems", tried);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Enrichment retry sweep failed: " + e.getClass().getName());
        }
    }
}
