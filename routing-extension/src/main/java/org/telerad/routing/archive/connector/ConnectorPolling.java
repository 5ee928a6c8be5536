package org.telerad.routing.archive.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.telerad.shared.lifecycle.SchemaMigrated;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Calls every enabled {@link ArchiveConnector} on the container's managed scheduled executor, with a fixed delay
 * between calls, once the schema is migrated. Deployment never waits for an archive: scheduling returns at once,
 * and an unreachable archive is logged once (and once more when it answers again), then retried at each tick.
 * Each node polls; the connectors' cursor locks keep them from doing the same work twice.
 */
@ApplicationScoped
public class ConnectorPolling {

    private static final System.Logger LOG = System.getLogger(ConnectorPolling.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<ArchiveConnector> connectors;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    void onSchemaMigrated(@Observes SchemaMigrated migrated) {
        for (ArchiveConnector connector : connectors) {
            if (!connector.enabled()) {
                LOG.log(System.Logger.Level.INFO, "Archive connector for {0} not configured: not polling",
                        connector.archiveName());
                continue;
            }
            long delay = Math.max(100, connector.pollInterval().toMillis());
            Tick tick = new Tick(connector);
            synchronized (scheduled) {
                scheduled.add(executor.scheduleWithFixedDelay(tick, delay, delay, TimeUnit.MILLISECONDS));
            }
            LOG.log(System.Logger.Level.INFO, "Following archive {0} every {1} ms", connector.archiveName(), delay);
        }
    }

    @PreDestroy
    void stop() {
        synchronized (scheduled) {
            scheduled.forEach(f -> f.cancel(false));
            scheduled.clear();
        }
    }

    /** One call of a connector, as Telerad itself; remembers whether the archive answered last time. */
    static final class Tick implements Runnable {

        private final ArchiveConnector connector;
        private volatile boolean reachable = true;
        private volatile boolean failing;

        Tick(ArchiveConnector connector) {
            this.connector = connector;
        }

        @Override
        public void run() {
            try {
                ArchiveConnector.FollowResult result = CurrentCaller.callAs(
                        Caller.system("connector-" + connector.archiveName()), connector::follow);
                if (!result.reachable() && reachable) {
                    LOG.log(System.Logger.Level.WARNING, "Archive {0} cannot be followed: {1}; retrying quietly",
                            connector.archiveName(), result.unreachableReason());
                } else if (result.reachable() && !reachable) {
                    LOG.log(System.Logger.Level.INFO, "Archive {0} answers again", connector.archiveName());
                }
                reachable = result.reachable();
                failing = false;
                if (result.studiesTakenIn() > 0) {
                    LOG.log(System.Logger.Level.INFO, "Archive {0}: {1} studies taken in, position {2}",
                            connector.archiveName(), result.studiesTakenIn(), result.position());
                }
            } catch (RuntimeException e) {
                // never let an exception cancel the schedule
                if (!failing) {
                    LOG.log(System.Logger.Level.WARNING, "Following archive " + connector.archiveName() + " failed: "
                            + e.getClass().getName() + "; retrying quietly", e);
                }
                failing = true;
            }
        }
    }
}
