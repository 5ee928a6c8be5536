package org.telerad.reporting.report.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.ReportState;
import org.telerad.reporting.report.domain.Reports;
import org.telerad.routing.api.ReportingTasks;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * Signed reports for readers outside the lifecycle (the FHIR DiagnosticReport API): the latest signed version
 * of each report the caller may see ({@link ReportAccess}), every read and search audited. Drafts never appear.
 */
@ApplicationScoped
public class SignedReportQueries {

    private static final Set<ReportState> SIGNED = EnumSet.of(ReportState.PRELIMINARY, ReportState.FINAL,
            ReportState.AMENDED);

    @Inject
    Reports reports;

    @Inject
    ReportingTasks tasks;

    @Inject
    StoredSignedReports signedReports;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    /** The latest signed version of the report, when it is signed and the caller may see it. */
    @Transactional
    public Optional<SignedReportVersion> latest(UUID id) {
        Caller caller = currentCaller.get();
        Optional<Report> report = reports.find(id).filter(r -> r.latest().isPresent())
                .filter(r -> visible(caller, r));
        report.ifPresent(r -> audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.READ,
                ReportLifecycle.OBJECT_TYPE, r.id().toString(), r.facilityCode(), "report read as FHIR")));
        return report.map(r -> signedReports.readModel(r, r.latest().orElseThrow()));
    }

    /** Signed reports by patient ID (and issuer), study and states, newest first, that the caller may see. */
    @Transactional
    public List<SignedReportVersion> search(String patientId, String patientIssuer, String studyInstanceUid,
            Set<ReportState> states, int offset, int limit) {
        Caller caller = currentCaller.get();
        Set<ReportState> wanted = states == null || states.isEmpty() ? SIGNED : EnumSet.copyOf(states);
        wanted.retainAll(SIGNED);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> facilities = caller.hasAnyRole(Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.RADIOLOGIST) ? null
                : caller.facilityCodes();
        List<SignedReportVersion> out = new ArrayList<>();
        for (Report r : reports.search(patientId, patientIssuer, studyInstanceUid, wanted, facilities, offset,
                limit * 4)) {
            if (out.size() == limit) {
                break;
            }
            if (visible(caller, r)) {
                out.add(signedReports.readModel(r, r.latest().orElseThrow()));
            }
        }
        audit.record(AuditRecord.success(AuditEventType.QUERY, AuditAction.READ, ReportLifecycle.OBJECT_TYPE, null,
                null, "DiagnosticReport search: " + out.size() + " reports"));
        return out;
    }

    private boolean visible(Caller caller, Report r) {
        TaskForReporting task = caller.hasRole(Roles.RADIOLOGIST) ? tasks.find(r.workitemUid()).orElse(null) : null;
        return ReportAccess.maySee(caller, r.facilityCode(), task, r);
    }
}
