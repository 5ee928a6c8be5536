package org.telerad.registry.eligibility.application;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.RegistryChanged;
import org.telerad.registry.eligibility.domain.EligibilityPolicies;
import org.telerad.registry.eligibility.domain.EligibilityPolicy;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;
import org.telerad.registry.eligibility.domain.SnapshotEligibility;

/**
 * The {@link Eligibility} Telerad runs: evaluates questions against an in-memory snapshot of the registry and
 * keeps that snapshot current.
 *
 * <p>Freshness: a {@link RegistryChanged} event (fired by the registry's services inside the changing
 * transaction) marks the snapshot stale once the transaction commits; independently, before answering, the
 * registry revision in the database is compared with the snapshot's (every
 * {@code telerad.eligibility.revision-check-ms} milliseconds, default 0 = before every answer), which catches
 * changes committed by other nodes or directly in SQL. The instant of the read is part of every question, so
 * expiry never needs a reload.
 *
 * <p>Thread safe: readers use the current immutable snapshot without locking; one thread reloads at a time.
 */
@ApplicationScoped
public class RegistryEligibility implements Eligibility {

    static final String CHECK_INTERVAL_PROPERTY = "telerad.eligibility.revision-check-ms";
    private static final System.Logger LOG = System.getLogger(RegistryEligibility.class.getName());

    private SnapshotSource source;
    private List<EligibilityPolicy> policies;
    private long checkIntervalNanos;
    private LongSupplier nanoTime;

    private volatile SnapshotEligibility current;
    private volatile boolean stale = true;
    private volatile long lastCheck;
    private final Object reloading = new Object();

    protected RegistryEligibility() {
        // for CDI proxies
    }

    @Inject
    public RegistryEligibility(SnapshotSource source) {
        this(source, EligibilityPolicies.standard(),
                TimeUnit.MILLISECONDS.toNanos(Long.getLong(CHECK_INTERVAL_PROPERTY, 0L)), System::nanoTime);
    }

    public RegistryEligibility(SnapshotSource source, List<EligibilityPolicy> policies, long checkIntervalNanos,
            LongSupplier nanoTime) {
        this.source = Objects.requireNonNull(source, "source");
        this.policies = List.copyOf(policies);
        this.checkIntervalNanos = checkIntervalNanos;
        this.nanoTime = nanoTime;
    }

    @Override
    public EligibilityResult evaluate(EligibilityQuery query) {
        return fresh().evaluate(query);
    }

    /** The registry changed in a transaction that has now committed: the next question reloads. */
    void registryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged event) {
        stale = true;
    }

    /** Forgets the snapshot; the next question loads a new one. */
    public void invalidate() {
        stale = true;
    }

    /**
     * The snapshot the last question was answered from, without a freshness check (loaded when there is none
     * yet): what the radiologist directory answers from, so that a look-up right after a question sees the
     * same registry revision, and costs no database round trip.
     */
    public RegistrySnapshot lastSnapshot() {
        SnapshotEligibility e = current;
        return e != null ? e.snapshot() : fresh().snapshot();
    }

    /** The revision of the snapshot in use, or -1 before the first question. */
    public long snapshotRevision() {
        SnapshotEligibility e = current;
        return e == null ? -1 : e.snapshot().revision();
    }

    private SnapshotEligibility fresh() {
        SnapshotEligibility e = current;
        if (e != null && !stale) {
            long now = nanoTime.getAsLong();
            if (now - lastCheck < checkIntervalNanos) {
                return e;
            }
            long revision = source.currentRevision();
            lastCheck = now;
            if (revision == e.snapshot().revision()) {
                return e;
            }
        }
        synchronized (reloading) {
            e = current;
            if (e != null && !stale && source.currentRevision() == e.snapshot().revision()) {
                return e; // another thread reloaded while this one waited
            }
            stale = false; // a change committed from now on marks it stale again
            long started = System.nanoTime();
            e = new SnapshotEligibility(source.load(), policies);
            current = e;
            lastCheck = nanoTime.getAsLong();
            LOG.log(System.Logger.Level.INFO, "eligibility snapshot at registry revision {0}: {1} radiologists,"
                    + " {2} facilities, loaded in {3} ms", e.snapshot().revision(),
                    e.snapshot().radiologists().size(), e.snapshot().facilityCount(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return e;
        }
    }
}
