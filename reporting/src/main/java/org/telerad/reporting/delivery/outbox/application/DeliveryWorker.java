package org.telerad.reporting.delivery.outbox.application;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.telerad.reporting.delivery.channel.domain.ResultChannel;
import org.telerad.shared.lifecycle.SchemaMigrated;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Drains the outbox on this node: started once the schema is migrated, one drain at a time on the container's
 * managed scheduled executor with {@code telerad.delivery.poll-interval-ms} between drains (see
 * {@link OutboxSettings}). Every node runs one; the claims' row locks and leases keep them from sending the same
 * delivery twice. Runs as {@code telerad:result-delivery}. A failing drain is logged once and retried at the next
 * tick; logs carry delivery ids and counts only.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final System.Logger LOG = System.getLogger(DeliveryWorker.class.getName());
    private static final Caller WORKER = Caller.system("result-delivery");

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    DeliveryAttempts attempts;

    @Inject
    @Any
    Instance<ResultChannel> implementations;

    private ScheduledFuture<?> scheduled;
    private volatile boolean failing;

    void start(@Observes SchemaMigrated migrated) {
        OutboxSettings settings = attempts.settings();
        if (!settings.enabled()) {
            LOG.log(System.Logger.Level.INFO, "Result delivery worker disabled (telerad.delivery.enabled=false)");
            return;
        }
        OutboxDrain drain = new OutboxDrain(attempts, implementations);
        long every = settings.pollInterval().toMillis();
        synchronized (this) {
            scheduled = executor.scheduleWithFixedDelay(() -> tick(drain), every, every, TimeUnit.MILLISECONDS);
        }
        LOG.log(System.Logger.Level.INFO, "Result delivery worker draining the outbox every {0} ms (backoff {1} to"
                + " {2}, {3} attempts, lease {4})", Long.toString(every), settings.retryPolicy().base(),
                settings.retryPolicy().max(), Integer.toString(settings.retryPolicy().maxAttempts()),
                settings.lease());
    }

    private void tick(OutboxDrain drain) {
        try {
            OutboxDrain.Pass pass = CurrentCaller.callAs(WORKER, () -> drain.drain(10));
            if (failing) {
                LOG.log(System.Logger.Level.INFO, "Result delivery worker works again");
            }
            failing = false;
            if (pass.claimed() > 0) {
                LOG.log(System.Logger.Level.DEBUG, "Result delivery: {0} claimed, {1} delivered, {2} retrying, {3}"
                        + " dead-lettered", pass.claimed(), pass.delivered(), pass.retrying(), pass.deadLettered());
            }
        } catch (RuntimeException e) {
            // never let an exception cancel the schedule
            if (!failing) {
                LOG.log(System.Logger.Level.WARNING, "Result delivery drain failed: " + e.getClass().getName()
                        + "; retrying quietly", e);
            }
            failing = true;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}
