package org.telerad.registry.demo;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.shared.lifecycle.SchemaMigrated;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Seeds the demo registry once the schema is migrated (observes {@link SchemaMigrated}, fired synchronously
 * during deployment by the schema migration). Does nothing unless {@value #PROPERTY} is {@code true}, and
 * nothing when any facility already exists, so restarts and real installations are left alone. A seeding
 * failure is logged (code and type only) and does not fail the deployment.
 */
@ApplicationScoped
public class DemoData {

    public static final String PROPERTY = "telerad.demo-data";
    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @Inject
    DemoRegistry registry;

    /** Observed before every other start-up step (connectors, listeners, timers) so they start on the demo data. */
    void onSchemaMigrated(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) SchemaMigrated migrated) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            int seeded = CurrentCaller.callAs(Caller.system("demo-data"), registry::seedIfEmpty);
            LOG.log(System.Logger.Level.INFO, seeded == 0 ? "Demo data: the registry already has facilities, left as is"
                    : "Demo data: seeded " + seeded + " registry records");
        } catch (TeleradException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo data not seeded: " + e.code());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo data not seeded: " + e.getClass().getName());
        }
    }
}
