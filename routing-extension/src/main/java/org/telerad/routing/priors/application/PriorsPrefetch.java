package org.telerad.routing.priors.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.ArchivePriors;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.AssignedStudies;
import org.telerad.routing.priors.domain.CopyWithinResidency;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsLedger;
import org.telerad.routing.priors.domain.PriorsSource;
import org.telerad.routing.priors.domain.PriorsSources;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Looks for an assigned task's priors in the archive its study came from and brings each one the residency rules
 * allow: AVAILABLE when already there, REQUESTED when a copy was asked for, REFUSED (audited) when the copy would
 * leave the facility's residency region, FAILED when asking failed. Every outcome is recorded; a failed run is
 * recorded for the sweep to retry. Runs outside the assignment's transaction; each statement commits on its own.
 * Logs task UIDs and error classes only.
 */
@ApplicationScoped
public class PriorsPrefetch {

    static final String OBJECT_TYPE = "ReadingTaskPriors";
    private static final System.Logger LOG = System.getLogger(PriorsPrefetch.class.getName());

    @Inject
    AssignedStudies studies;

    @Inject
    PriorsSources sources;

    @Inject
    PriorsLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Instance<ArchivePriors> adapters;

    final CopyWithinResidency residency = new CopyWithinResidency();
    private Map<ArchiveKind, ArchivePriors> byKind;

    /** Runs the prefetch for the task; answers whether it ran to the end (false: recorded as failed). */
    public boolean prefetchFor(String taskUid) {
        try {
            Optional<PrefetchSubject> subject = studies.byTask(taskUid);
            if (subject.isEmpty()) {
                return true;
            }
            return run(subject.get());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Priors prefetch for {0} failed: {1}", taskUid,
                    e.getClass().getName());
            ledger.recordRun(taskUid, true, "prefetch failed: " + e.getClass().getSimpleName(), clock.instant());
            return false;
        }
    }

    private boolean run(PrefetchSubject s) {
        if (s.patientId() == null || s.patientId().isBlank() || s.sourceArchive() == null) {
            ledger.recordRun(s.taskUid(), false, "no patient ID or source archive: nothing to look for",
                    clock.instant());
            return true;
        }
        Optional<PriorsSource> source = sources.byName(s.sourceArchive());
        if (source.isEmpty()) {
            ledger.recordRun(s.taskUid(), false, "archive '" + s.sourceArchive() + "' is not configured",
                    clock.instant());
            return true;
        }
        ArchivePriors archive = adapter(source.get().kind());
        List<PriorStudy> found;
        try {
            found = archive.studiesOf(source.get(), s.patientId());
        } catch (ArchiveUnreachable e) {
            LOG.log(System.Logger.Level.INFO, "Priors of {0} not looked up: {1}", s.taskUid(), e.getMessage());
            ledger.recordRun(s.taskUid(), true, e.getMessage(), clock.instant());
            return false;
        }
        boolean failed = false;
        String region = sources.residencyRegionOf(s.facilityCode()).orElse(null);
        for (PriorStudy study : found) {
            if (study.studyInstanceUid().equals(s.studyInstanceUid())) {
                continue;
            }
            failed |= bring(s, source.get(), archive, region, study);
        }
        ledger.recordRun(s.taskUid(), failed, failed ? "some priors could not be requested" : null, clock.instant());
        return !failed;
    }

    /** Brings one prior; answers whether it failed. */
    private boolean bring(PrefetchSubject s, PriorsSource source, ArchivePriors archive, String region,
            PriorStudy study) {
        Optional<Prior> earlier = ledger.ofTask(s.taskUid()).stream()
                .filter(p -> p.study().studyInstanceUid().equals(study.studyInstanceUid())).findFirst();
        if (earlier.isPresent() && earlier.get().state() != PriorState.FAILED) {
            return false; // already available, requested or refused: asking again would copy twice
        }
        int attempts = earlier.map(p -> p.attempts() + 1).orElse(1);
        if (source.copies() && residency.evaluate(region, source) instanceof CopyWithinResidency.Rejected r) {
            ledger.record(new Prior(s.taskUid(), study, source.archiveName(), PriorState.REFUSED, r.reason(),
                    attempts, clock.instant()));
            audit.record(new AuditRecord(AuditEventType.EXPORT, AuditAction.EXECUTE, AuditOutcome.MINOR_FAILURE,
                    OBJECT_TYPE, s.taskUid(), s.facilityCode(), "prior " + study.studyInstanceUid()
                            + " not copied: " + r.reason()));
            return false;
        }
        try {
            PriorState state = archive.bring(source, study);
            ledger.record(new Prior(s.taskUid(), study, source.archiveName(), state, null, attempts,
                    clock.instant()));
            return false;
        } catch (ArchiveUnreachable e) {
            ledger.record(new Prior(s.taskUid(), study, source.archiveName(), PriorState.FAILED, e.getMessage(),
                    attempts, clock.instant()));
            return true;
        }
    }

    /** Uses these adapters instead of the CDI ones (tests). */
    void useAdapters(ArchivePriors... given) {
        Map<ArchiveKind, ArchivePriors> m = new HashMap<>();
        for (ArchivePriors a : given) {
            m.put(a.kind(), a);
        }
        byKind = m;
    }

    private ArchivePriors adapter(ArchiveKind kind) {
        if (byKind == null) {
            Map<ArchiveKind, ArchivePriors> m = new HashMap<>();
            for (ArchivePriors a : adapters) {
                m.put(a.kind(), a);
            }
            byKind = m;
        }
        ArchivePriors a = byKind.get(kind);
        if (a == null) {
            throw new IllegalStateException("no priors adapter for " + kind);
        }
        return a;
    }
}
