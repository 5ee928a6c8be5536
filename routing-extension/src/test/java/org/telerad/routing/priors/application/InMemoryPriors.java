package org.telerad.routing.priors.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.ArchivePriors;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.AssignedStudies;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsLedger;
import org.telerad.routing.priors.domain.PriorsSource;
import org.telerad.routing.priors.domain.PriorsSources;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/** In-memory fakes of the priors ports. */
final class InMemoryPriors {

    private InMemoryPriors() {
    }

    static final class Ledger implements PriorsLedger {
        final Map<String, Map<String, Prior>> priors = new HashMap<>();
        final Map<String, Object[]> runs = new HashMap<>(); // task -> {failed, reason, attempts, at}

        @Override
        public void record(Prior p) {
            priors.computeIfAbsent(p.taskUid(), k -> new LinkedHashMap<>()).put(p.study().studyInstanceUid(), p);
        }

        @Override
        public List<Prior> ofTask(String taskUid) {
            return new ArrayList<>(priors.getOrDefault(taskUid, Map.of()).values());
        }

        @Override
        public void recordRun(String taskUid, boolean failed, String reason, Instant at) {
            Object[] old = runs.get(taskUid);
            int attempts = failed ? (old == null ? 1 : (int) old[2] + 1) : 0;
            runs.put(taskUid, new Object[] { failed, reason, attempts, at });
        }

        @Override
        public List<String> failedRuns(Instant before, int maxAttempts, int limit) {
            List<String> out = new ArrayList<>();
            runs.forEach((task, r) -> {
                if ((boolean) r[0] && ((Instant) r[3]).isBefore(before) && (int) r[2] < maxAttempts) {
                    out.add(task);
                }
            });
            return out;
        }
    }

    static final class Sources implements PriorsSources {
        final Map<String, PriorsSource> archives = new HashMap<>();
        final Map<String, String> regions = new HashMap<>();

        @Override
        public Optional<PriorsSource> byName(String archiveName) {
            return Optional.ofNullable(archives.get(archiveName));
        }

        @Override
        public Optional<String> residencyRegionOf(String facilityCode) {
            return Optional.ofNullable(regions.get(facilityCode));
        }
    }

    static final class Studies implements AssignedStudies {
        final Map<String, PrefetchSubject> tasks = new HashMap<>();

        @Override
        public Optional<PrefetchSubject> byTask(String taskUid) {
            return Optional.ofNullable(tasks.get(taskUid));
        }
    }

    /** An archive holding studies per patient; {@code unreachable} makes every call fail. */
    static final class Archive implements ArchivePriors {
        final ArchiveKind kind;
        final Map<String, List<PriorStudy>> studies = new HashMap<>();
        final List<String> brought = new ArrayList<>();
        boolean unreachable;

        Archive(ArchiveKind kind) {
            this.kind = kind;
        }

        @Override
        public ArchiveKind kind() {
            return kind;
        }

        @Override
        public List<PriorStudy> studiesOf(PriorsSource source, String patientId) {
            if (unreachable) {
                throw new ArchiveUnreachable("cannot connect (ConnectException)");
            }
            return studies.getOrDefault(patientId, List.of());
        }

        @Override
        public PriorState bring(PriorsSource source, PriorStudy study) {
            if (unreachable) {
                throw new ArchiveUnreachable("cannot connect (ConnectException)");
            }
            brought.add(study.studyInstanceUid());
            return source.copies() ? PriorState.REQUESTED : PriorState.AVAILABLE;
        }
    }

    static final class Audit implements AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }
    }
}
