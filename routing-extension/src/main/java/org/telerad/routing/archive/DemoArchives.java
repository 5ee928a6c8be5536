package org.telerad.routing.archive;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.shared.lifecycle.SchemaMigrated;

/**
 * With {@code telerad.demo-data=true}, configures the local Orthanc of the dev and test stacks as archive
 * {@code local-orthanc}: DICOMweb at http://127.0.0.1:8042/dicom-web, AE ORTHANC, calling Telerad with the
 * {@code telerad-archive} client's tokens. Left alone when it exists.
 */
@ApplicationScoped
public class DemoArchives {

    static final String PROPERTY = "telerad.demo-data";
    private static final System.Logger LOG = System.getLogger(DemoArchives.class.getName());

    @Inject
    Archives archives;

    /** Observed before every other start-up step (connectors, listeners, timers) so they start on the demo data. */
    void onSchemaMigrated(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) SchemaMigrated migrated) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            if (seed()) {
                LOG.log(System.Logger.Level.INFO, "Demo data: configured archive local-orthanc");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo archive not configured: " + e.getClass().getName());
        }
    }

    boolean seed() {
        return archives.addIfAbsent(new ConfiguredArchive("local-orthanc", URI.create("http://127.0.0.1:8042/dicom-web"),
                List.of("ORTHANC"), "telerad-archive", ZoneId.of("UTC")));
    }
}
