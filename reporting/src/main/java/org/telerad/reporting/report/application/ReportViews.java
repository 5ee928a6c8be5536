package org.telerad.reporting.report.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.telerad.reporting.report.domain.CriticalFinding;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.SignedVersion;
import org.telerad.reporting.report.domain.Signer;
import org.telerad.reporting.report.domain.TemplateRef;
import org.telerad.routing.api.TaskForReporting;

/** What the report API answers (JSON bodies), built from the aggregate. Report text: access-checked callers only. */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * A report as seen from one of its tasks, or the report to be started there ({@code id} null, state
     * {@code NOT_STARTED}, revision 0, the draft prefilled from the suggested template and the priors).
     */
    public record ReportView(UUID id, String studyInstanceUid, String workitemUid, String facilityCode, String state,
            long revision, ReportText draft, TemplateRef template, String draftAuthor, Instant draftSavedAt,
            String taskReadType, String taskState, List<VersionView> versions, List<FindingView> criticalFindings) {
    }

    /** One signed version. */
    public record VersionView(UUID reportId, int version, String status, Instant signedAt, String workitemUid,
            SignerView signedBy, SignerView preliminaryReader, ReportText sections, List<AddendumView> addenda,
            String correctionReason, TemplateRef template, List<FindingView> criticalFindings) {
    }

    public record SignerView(String username, UUID radiologistId, String name, String npi) {
    }

    public record AddendumView(String text, String signedBy, Instant signedAt) {
    }

    /** A critical finding with its communication, when documented. */
    public record FindingView(UUID id, int category, String description, String workitemUid, String recordedBy,
            Instant recordedAt, String communicatedTo, Instant communicatedAt, String method, Boolean readBack,
            String documentedBy, Instant documentedAt) {
    }

    static ReportView of(Report r, long revision, TaskForReporting task) {
        Report.Snapshot s = r.snapshot();
        return new ReportView(s.id(), s.studyInstanceUid(), s.workitemUid(), s.facilityCode(), s.state().name(),
                revision, ReportText.of(s.draft()), s.template(), s.draftAuthor(), s.draftSavedAt(),
                task == null ? null : task.readType().code(), task == null ? null : task.state(),
                s.versions().stream().map(v -> version(s.id(), v)).toList(),
                s.findings().stream().map(ReportViews::finding).toList());
    }

    static VersionView version(UUID reportId, SignedVersion v) {
        return new VersionView(reportId, v.number(), v.status().fhirCode(), v.signedAt(), v.workitemUid(),
                signer(v.signer()), signer(v.preliminaryReader()), ReportText.of(v.content()),
                v.addenda().stream().map(a -> new AddendumView(a.text(), a.signedBy(), a.signedAt())).toList(),
                v.correctionReason(), v.template(), v.criticalFindings().stream().map(ReportViews::finding).toList());
    }

    static SignerView signer(Signer s) {
        return s == null ? null : new SignerView(s.username(), s.radiologistId(), s.name(), s.npi());
    }

    static FindingView finding(CriticalFinding f) {
        var c = f.communication();
        return new FindingView(f.id(), f.category().number(), f.description(), f.workitemUid(), f.recordedBy(),
                f.recordedAt(), c == null ? null : c.communicatedTo(), c == null ? null : c.communicatedAt(),
                c == null ? null : c.method().code(), c == null ? null : c.readBack(),
                c == null ? null : c.documentedBy(), c == null ? null : c.documentedAt());
    }
}
