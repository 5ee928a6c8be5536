package org.telerad.registry.facility.application;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.FacilityResidency;
import org.telerad.registry.api.RegistryChanged;
import org.telerad.registry.api.StudyOrigin;
import org.telerad.registry.facility.domain.FacilityIndex;

/**
 * The {@link FacilityDirectory} Telerad runs: answers from an in-memory {@link FacilityIndex} and keeps it
 * current the way the eligibility snapshot does — a committed {@link RegistryChanged} marks it stale, and the
 * registry revision in the database is compared with the index's before every question (one indexed single-row
 * read; {@code telerad.facility-directory.revision-check-ms} spaces the checks out), which catches changes committed
 * by other nodes or in SQL. Checking every time matters: a study taken in a moment after a facility was added must
 * not be left unrecognised for good (seen on a fresh stack, where the demo facilities were seeded 145 ms before the
 * connector took in the demo studies and a once-a-second check let all three go unrecognised). Readers never lock; one thread reloads at a time.
 */
@ApplicationScoped
public class RegistryFacilityDirectory implements FacilityDirectory, FacilityResidency {

    static final String CHECK_INTERVAL_PROPERTY = "telerad.facility-directory.revision-check-ms";
    private static final System.Logger LOG = System.getLogger(RegistryFacilityDirectory.class.getName());

    private DirectorySource source;
    private long checkIntervalNanos;
    private LongSupplier nanoTime;

    private volatile FacilityIndex current;
    private volatile boolean stale = true;
    private volatile long lastCheck;
    private final Object reloading = new Object();

    protected RegistryFacilityDirectory() {
        // for CDI proxies
    }

    @Inject
    public RegistryFacilityDirectory(DirectorySource source) {
        this(source, TimeUnit.MILLISECONDS.toNanos(Long.getLong(CHECK_INTERVAL_PROPERTY, 0L)), System::nanoTime);
    }

    public RegistryFacilityDirectory(DirectorySource source, long checkIntervalNanos, LongSupplier nanoTime) {
        this.source = Objects.requireNonNull(source, "source");
        this.checkIntervalNanos = checkIntervalNanos;
        this.nanoTime = nanoTime;
    }

    @Override
    public FacilityRecognition recognition(StudyOrigin origin) {
        return fresh().recognise(origin);
    }

    @Override
    public Optional<String> residencyRegionOf(String facilityCode) {
        return fresh().residencyRegionOf(facilityCode);
    }

    /** The registry changed in a transaction that has now committed: the next question reloads. */
    void registryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged event) {
        if (event.recordType().equals("Facility")) {
            stale = true;
        }
    }

    /** Forgets the index; the next question loads a new one. */
    public void invalidate() {
        stale = true;
    }

    private FacilityIndex fresh() {
        FacilityIndex index = current;
        if (index != null && !stale) {
            long now = nanoTime.getAsLong();
            if (now - lastCheck < checkIntervalNanos) {
                return index;
            }
            long revision = source.currentRevision();
            lastCheck = now;
            if (revision == index.revision()) {
                return index;
            }
        }
        synchronized (reloading) {
            index = current;
            if (index != null && !stale && source.currentRevision() == index.revision()) {
                return index;
            }
            stale = false;
            index = source.load();
            current = index;
            lastCheck = nanoTime.getAsLong();
            LOG.log(System.Logger.Level.INFO, "facility directory at registry revision {0}: {1} active facilities",
                    index.revision(), index.size());
            return index;
        }
    }
}
