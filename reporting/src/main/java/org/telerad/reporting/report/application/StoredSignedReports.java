package org.telerad.reporting.report.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.api.SignedReports;
import org.telerad.reporting.report.domain.CriticalFinding;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.Reports;
import org.telerad.reporting.report.domain.SignedVersion;
import org.telerad.reporting.report.domain.Signer;
import org.telerad.routing.api.ReportingTasks;
import org.telerad.routing.api.TaskForReporting;

/**
 * {@link SignedReports} over the stored reports: the version with the order, study and patient of the task it was
 * signed on. No access check and no audit: this is for Telerad's own services (result delivery), which audit
 * what they send.
 */
@ApplicationScoped
public class StoredSignedReports implements SignedReports {

    @Inject
    Reports reports;

    @Inject
    ReportingTasks tasks;

    public StoredSignedReports() {
    }

    public StoredSignedReports(Reports reports, ReportingTasks tasks) {
        this.reports = reports;
        this.tasks = tasks;
    }

    @Override
    @Transactional
    public Optional<SignedReportVersion> version(UUID reportId, int version) {
        return reports.find(reportId).flatMap(r -> r.version(version).map(v -> readModel(r, v)));
    }

    /** The latest signed version of the report of a study, if any (for the FHIR read API). */
    @Transactional
    public Optional<SignedReportVersion> latestOfStudy(String studyInstanceUid) {
        return reports.findByStudy(studyInstanceUid).flatMap(r -> r.latest().map(v -> readModel(r, v)));
    }

    /** The latest signed version of a report, if any. */
    @Transactional
    public Optional<SignedReportVersion> latest(UUID reportId) {
        return reports.find(reportId).flatMap(r -> r.latest().map(v -> readModel(r, v)));
    }

    SignedReportVersion readModel(Report r, SignedVersion v) {
        TaskForReporting task = tasks.find(v.workitemUid()).orElse(null);
        TaskForReporting.Patient p = task == null ? new TaskForReporting.Patient(null, null, null, null, null)
                : task.patient();
        List<SignedReportVersion.CriticalFinding> findings = v.criticalFindings().stream()
                .map(StoredSignedReports::finding).toList();
        List<SignedReportVersion.Addendum> addenda = v.addenda().stream()
                .map(a -> new SignedReportVersion.Addendum(a.text(), a.signedBy(), a.signedAt())).toList();
        var c = v.content();
        return new SignedReportVersion(r.id(), v.number(), v.status(), v.signedAt(), v.workitemUid(),
                r.studyInstanceUid(), task == null ? null : task.accessionNumber(),
                task == null ? null : task.accessionIssuer(), r.facilityCode() == null ? "" : r.facilityCode(),
                new SignedReportVersion.PatientIdentity(p.id(), p.issuer(), p.name(), p.birthDate(), p.sex()),
                interpreter(v.signer()), v.preliminaryReader() == null ? null : interpreter(v.preliminaryReader()),
                new SignedReportVersion.Sections(c.clinicalInformation(), c.technique(), c.comparison(), c.findings(),
                        c.impression(), addenda, v.correctionReason()),
                findings, v.template() == null ? null : v.template().id(),
                v.template() == null ? 0 : v.template().version());
    }

    private static SignedReportVersion.Interpreter interpreter(Signer s) {
        return new SignedReportVersion.Interpreter(s.radiologistId(), s.npi(), s.familyName(), s.givenName(),
                s.username());
    }

    private static SignedReportVersion.CriticalFinding finding(CriticalFinding f) {
        var c = f.communication();
        return new SignedReportVersion.CriticalFinding(f.id(), f.category().number(), f.description(),
                c == null ? null : c.communicatedTo(), c == null ? null : c.communicatedAt(),
                c == null ? null : c.method().code(), c == null ? null : c.readBack());
    }
}
