package org.telerad.reporting.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.api.ReadType;
import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.ReportEvent;
import org.telerad.reporting.report.domain.ReportState;
import org.telerad.reporting.report.domain.Reports;
import org.telerad.reporting.template.application.TemplateCatalogue;
import org.telerad.reporting.template.domain.ReportTemplate;
import org.telerad.reporting.template.domain.ReportTemplates;
import org.telerad.routing.api.ReportingTasks;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.sla.api.CriticalFindingClock;
import org.telerad.sla.api.ReadingClocks;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.shared.testing.OneInstance;

/**
 * The report lifecycle wired with in-memory fakes: tasks, reports, templates, a registry whose answer the test
 * sets, recording SLA clocks, audit trail and events. Not thread safe; one per test.
 */
final class ReportingDesk {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    static final UUID RAD_TX = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID RAD_ABROAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    final FakeTasks tasks = new FakeTasks();
    final InMemoryReports reports = new InMemoryReports();
    final FakeRegistry registry = new FakeRegistry();
    final List<String> clockSignals = new ArrayList<>();
    final List<AuditRecord> audit = new ArrayList<>();
    final FiredEvents<ReportVersionSigned> signed = new FiredEvents<>();
    final ReportLifecycle lifecycle = new ReportLifecycle();
    final StoredSignedReports signedReports;

    ReportingDesk() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AuditTrail trail = audit::add;
        CurrentCaller currentCaller = new CurrentCaller();
        InMemoryTemplates templates = new InMemoryTemplates();
        templates.add(ReportTemplate.first("ct-head", "CT head", "CT", "HEAD",
                new org.telerad.reporting.report.domain.ReportContent(null, "Axial CT.", null, "No hemorrhage.",
                        "No acute intracranial abnormality."), "telerad", NOW));
        lifecycle.tasks = tasks;
        lifecycle.reports = reports;
        lifecycle.templates = new TemplateCatalogue(templates, trail, currentCaller, clock);
        lifecycle.signers = new SignerLookup(registry, registry);
        lifecycle.readingClocks = OneInstance.of((ReadingClocks) (uid, type, at) -> clockSignals
                .add("signed " + type.code() + " " + uid));
        lifecycle.findingClocks = OneInstance.of(new CriticalFindingClock() {
            @Override
            public void findingRecorded(UUID findingId, String workitemUid, int category, Instant recordedAt) {
                clockSignals.add("finding " + category + " " + workitemUid);
            }

            @Override
            public void findingCommunicated(UUID findingId, Instant communicatedAt) {
                clockSignals.add("communicated " + findingId);
            }
        });
        lifecycle.signed = signed;
        lifecycle.reportEvents = new FiredEvents<ReportEvent>();
        lifecycle.audit = trail;
        lifecycle.currentCaller = currentCaller;
        lifecycle.clock = clock;
        signedReports = new StoredSignedReports(reports, tasks);
    }

    /** A CT head task of {@code readType} at tx-dallas, IN PROGRESS, claimed by {@code claimedBy}. */
    TaskForReporting claimedTask(String uid, String study, ReadType readType, String claimedBy) {
        TaskForReporting t = new TaskForReporting(uid, study, readType, "IN_PROGRESS", "tx-dallas", "US-TX",
                new TaskForReporting.Patient("PID-1", "HOSP", "Rivera^Maria", LocalDate.of(1958, 2, 14), "F"),
                "ACC-1", "HOSP", "CT head", "CT", "HEAD", "CT HEAD WO", claimedBy, null, claimedBy, null,
                List.of(new TaskForReporting.PriorSummary("2.25.9", "20250301", "CT HEAD WO", "CT")));
        tasks.put(t);
        return t;
    }

    /** Reports kept as snapshots, with the revision check of the real store. */
    static final class InMemoryReports implements Reports {
        private final Map<UUID, Report.Snapshot> byId = new HashMap<>();

        @Override
        public Optional<Report> find(UUID id) {
            return Optional.ofNullable(byId.get(id)).map(Report::restore);
        }

        @Override
        public Optional<Report> findByStudy(String studyInstanceUid) {
            return byId.values().stream().filter(s -> s.studyInstanceUid().equals(studyInstanceUid)).findFirst()
                    .map(Report::restore);
        }

        @Override
        public Optional<Report> findByStudyForUpdate(String studyInstanceUid) {
            return findByStudy(studyInstanceUid);
        }

        @Override
        public List<Report> search(String patientId, String patientIssuer, String studyInstanceUid,
                Set<ReportState> states, Set<String> facilityCodes, int offset, int limit) {
            return byId.values().stream().map(Report::restore).toList();
        }

        @Override
        public void add(Report report) {
            Report.Snapshot s = report.snapshot();
            if (findByStudy(s.studyInstanceUid()).isPresent()) {
                throw TeleradException.conflict("TELERAD-REPORT-003", "exists");
            }
            byId.put(s.id(), withRevision(s, 1));
        }

        @Override
        public void update(Report report) {
            Report.Snapshot s = report.snapshot();
            if (byId.get(s.id()).revision() != s.revision()) {
                throw TeleradException.preconditionFailed("TELERAD-REPORT-002", "stale");
            }
            byId.put(s.id(), withRevision(s, s.revision() + 1));
        }

        private static Report.Snapshot withRevision(Report.Snapshot s, long revision) {
            return new Report.Snapshot(s.id(), s.studyInstanceUid(), s.facilityCode(), s.patientId(),
                    s.patientIssuer(), s.state(), s.workitemUid(), s.draft(), s.template(), s.draftAuthor(),
                    s.draftStartedAt(), s.draftSavedAt(), s.versions(), s.findings(), s.createdAt(), s.updatedAt(),
                    revision);
        }
    }

    /** Tasks by workitem UID; completing one records the command and marks it COMPLETED. */
    static final class FakeTasks implements ReportingTasks {
        final Map<String, TaskForReporting> byUid = new HashMap<>();
        final List<TaskCompletion> completions = new ArrayList<>();

        void put(TaskForReporting t) {
            byUid.put(t.workitemUid(), t);
        }

        @Override
        public Optional<TaskForReporting> find(String workitemUid) {
            return Optional.ofNullable(byUid.get(workitemUid));
        }

        @Override
        public void complete(TaskCompletion c) {
            completions.add(c);
            TaskForReporting t = byUid.get(c.workitemUid());
            put(new TaskForReporting(t.workitemUid(), t.studyInstanceUid(), t.readType(), "COMPLETED",
                    t.facilityCode(), t.patientJurisdiction(), t.patient(), t.accessionNumber(), t.accessionIssuer(),
                    t.requestedProcedureDescription(), t.modality(), t.bodyPart(), t.studyDescription(),
                    t.performerUsername(), t.performerName(), t.claimedBy(), t.assigneeRadiologistId(), t.priors()));
        }
    }

    /** Templates in a map. */
    static final class InMemoryTemplates implements ReportTemplates {
        private final List<ReportTemplate> all = new ArrayList<>();

        @Override
        public List<ReportTemplate> latest(String modality, boolean includeInactive) {
            return all.stream().filter(t -> modality == null || t.modality().equals(modality)).toList();
        }

        @Override
        public Optional<ReportTemplate> latest(String id) {
            return all.stream().filter(t -> t.id().equals(id)).reduce((a, b) -> b);
        }

        @Override
        public Optional<ReportTemplate> version(String id, int version) {
            return all.stream().filter(t -> t.id().equals(id) && t.version() == version).findFirst();
        }

        @Override
        public List<ReportTemplate> versions(String id) {
            return all.stream().filter(t -> t.id().equals(id)).toList();
        }

        @Override
        public void add(ReportTemplate template) {
            all.add(template);
        }
    }

    /**
     * The registry: rad-tx (NPI 1234567893) and rad-abroad; who is eligible, and why the others are not, is set by
     * the test per read type.
     */
    static final class FakeRegistry implements Eligibility, RadiologistDirectory {
        final Map<ReadType, List<EligibilityRejection>> radTxRejections = new HashMap<>();
        final Map<ReadType, List<EligibilityRejection>> abroadRejections = new HashMap<>();

        @Override
        public EligibilityResult evaluate(EligibilityQuery q) {
            List<EligibilityResult.Eligible> eligible = new ArrayList<>();
            List<EligibilityResult.Excluded> excluded = new ArrayList<>();
            judge(RAD_TX, "Riley Texas", "rad-tx", radTxRejections.getOrDefault(q.readType(), List.of()), q,
                    eligible, excluded);
            judge(RAD_ABROAD, "Anna Weber", "rad-abroad", abroadRejections.getOrDefault(q.readType(), List.of()), q,
                    eligible, excluded);
            return new EligibilityResult(q, new EligibilityResult.AtFacility(UUID.randomUUID(), q.facilityCode(),
                    "Dallas", Jurisdiction.of("US-TX"), "America/Chicago", LocalDate.of(2026, 11, 30)), 7, eligible,
                    excluded);
        }

        private static void judge(UUID id, String name, String username, List<EligibilityRejection> rejections,
                EligibilityQuery q, List<EligibilityResult.Eligible> eligible,
                List<EligibilityResult.Excluded> excluded) {
            if (rejections.isEmpty()) {
                eligible.add(new EligibilityResult.Eligible(id, name, username, List.of(),
                        new EligibilityResult.QualifyingPrivilege(UUID.randomUUID(), q.facilityCode(), Set.of(),
                                Set.of(), Set.of(), null, null)));
            } else {
                excluded.add(new EligibilityResult.Excluded(id, name, rejections));
            }
        }

        @Override
        public Optional<Entry> find(UUID radiologistId) {
            if (RAD_TX.equals(radiologistId)) {
                return Optional.of(new Entry(RAD_TX, "Riley Texas", "rad-tx", "US", "1234567893", true));
            }
            if (RAD_ABROAD.equals(radiologistId)) {
                return Optional.of(new Entry(RAD_ABROAD, "Anna Weber", "rad-abroad", "DE", null, true));
            }
            return Optional.empty();
        }
    }
}
