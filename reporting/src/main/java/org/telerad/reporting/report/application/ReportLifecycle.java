package org.telerad.reporting.report.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.report.domain.AcrCategory;
import org.telerad.reporting.report.domain.Communication;
import org.telerad.reporting.report.domain.CommunicationMethod;
import org.telerad.reporting.report.domain.CriticalFinding;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.report.domain.ReportEvent;
import org.telerad.reporting.report.domain.Reports;
import org.telerad.reporting.report.domain.SignatureKind;
import org.telerad.reporting.report.domain.SignedVersion;
import org.telerad.reporting.report.domain.SignerClaimedTheTask;
import org.telerad.reporting.report.domain.SignerStanding;
import org.telerad.reporting.report.domain.SigningAttempt;
import org.telerad.reporting.report.domain.SigningPolicies;
import org.telerad.reporting.report.domain.SigningVerdict;
import org.telerad.reporting.report.domain.TemplateRef;
import org.telerad.reporting.template.application.TemplateCatalogue;
import org.telerad.reporting.template.domain.ReportTemplate;
import org.telerad.routing.api.ReportingTasks;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.sla.api.CriticalFindingClock;
import org.telerad.sla.api.ReadingClocks;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * The report lifecycle on reading tasks: read, save the draft (If-Match on the revision), sign preliminary and
 * final, add addenda and corrections, record critical findings and document their communication. Each method is
 * one transaction. Every view, draft save, signature and refusal is audited (PROCEDURE_RECORD, object
 * {@code Report}; no report text or patient values in the audit detail).
 *
 * <p>Signing re-checks at that instant, through the registry, that the signer is licensed in the patient's
 * jurisdiction and privileged at the facility for the read type ({@link SigningPolicies}); a refusal is audited
 * and answered as {@link ReportRefused} before anything changes. A signature then stores the version, stops the
 * task's SLA clock ({@link ReadingClocks}), fires {@link ReportVersionSigned} (observers such as the delivery
 * outbox write in this transaction) and, when it finishes the task's read type, completes the UPS task.
 */
@ApplicationScoped
public class ReportLifecycle {

    static final String OBJECT_TYPE = "Report";
    private static final SigningPolicies POLICIES = SigningPolicies.standard();

    @Inject
    ReportingTasks tasks;

    @Inject
    Reports reports;

    @Inject
    TemplateCatalogue templates;

    @Inject
    SignerLookup signers;

    @Inject
    Instance<ReadingClocks> readingClocks;

    @Inject
    Instance<CriticalFindingClock> findingClocks;

    @Inject
    Event<ReportVersionSigned> signed;

    @Inject
    Event<ReportEvent> reportEvents;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** A draft save: the sections and, optionally, the template chosen. */
    public record DraftInput(ReportText sections, TemplateRef template) {
    }

    /** The documented communication of a critical finding as a client sends it. */
    public record CommunicationInput(String communicatedTo, Instant communicatedAt, String method, Boolean readBack) {
    }

    /** The report of the task (or the one to start there), for a caller who may see it. Audited. */
    @Transactional
    public ReportViews.ReportView forTask(String workitemUid) {
        Caller caller = currentCaller.get();
        TaskForReporting task = visibleTask(workitemUid, caller);
        Optional<Report> report = reports.findByStudy(task.studyInstanceUid());
        if (report.isPresent() && !ReportAccess.maySee(caller, report.get().facilityCode(), task, report.get())) {
            throw unknownTask(workitemUid);
        }
        ReportViews.ReportView view = report.map(r -> ReportViews.of(r, r.revision(), task))
                .orElseGet(() -> notStarted(task));
        audit(AuditAction.READ, AuditOutcome.SUCCESS, view.id() == null ? "task:" + workitemUid
                : view.id().toString(), task.facilityCode(), "report viewed on task " + workitemUid);
        return view;
    }

    /** Saves the draft: the first save (If-Match 0) starts the report, later ones need the current revision. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.ReportView saveDraft(String workitemUid, long ifMatch, DraftInput input) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        requireClaimedBy(caller, task, SignatureKind.PRELIMINARY, null);
        if (input == null || input.sections() == null) {
            throw TeleradException.invalid("TELERAD-REPORT-014", "sections", "The draft's sections are required");
        }
        ReportContent content = input.sections().toContent();
        TemplateRef template = input.template() == null ? null : knownTemplate(input.template());
        Optional<Report> existing = reports.findByStudyForUpdate(task.studyInstanceUid());
        if (existing.isEmpty()) {
            checkRevision(0, ifMatch);
            TemplateRef chosen = template != null ? template
                    : templates.suggestFor(task.modality(), task.bodyPart()).map(ReportTemplate::ref).orElse(null);
            Report report = Report.start(UUID.randomUUID(), task.studyInstanceUid(), task.facilityCode(),
                    task.patient().id(), task.patient().issuer(), workitemUid, caller.username(), content, chosen, now);
            report.saveDraft(workitemUid, caller.username(), content, chosen, now);
            reports.add(report);
            publish(report);
            audit(AuditAction.CREATE, AuditOutcome.SUCCESS, report.id().toString(), task.facilityCode(),
                    "report started, draft saved on task " + workitemUid);
            return ReportViews.of(report, 1, task);
        }
        Report report = existing.get();
        checkRevision(report.revision(), ifMatch);
        report.saveDraft(workitemUid, caller.username(), content, template, now);
        reports.update(report);
        publish(report);
        audit(AuditAction.UPDATE, AuditOutcome.SUCCESS, report.id().toString(), task.facilityCode(),
                "draft saved on task " + workitemUid);
        return ReportViews.of(report, report.revision() + 1, task);
    }

    /** Signs the draft preliminary or final (after the registry re-check); completes the task when it finishes it. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.ReportView sign(String workitemUid, SignatureKind kind, Long ifMatch) {
        if (kind == SignatureKind.AMENDMENT) {
            throw new IllegalArgumentException("amendments are signed through addAddendum or correct");
        }
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        return signed(caller, task, ifMatch, kind, now, (report, signer) -> kind == SignatureKind.PRELIMINARY
                ? report.signPreliminary(workitemUid, signer.signer(), now)
                : report.signFinal(workitemUid, signer.signer(), now));
    }

    /** Adds a signed addendum to the final report: a new AMENDED version. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.ReportView addAddendum(String workitemUid, String text, Long ifMatch) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        return signed(caller, task, ifMatch, SignatureKind.AMENDMENT, now,
                (report, signer) -> report.addAddendum(workitemUid, signer.signer(), text, now));
    }

    /** Corrects the final report: a new AMENDED version with corrected text and the reason. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.ReportView correct(String workitemUid, ReportText corrected, String reason, Long ifMatch) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        if (corrected == null) {
            throw TeleradException.invalid("TELERAD-REPORT-014", "sections", "The corrected sections are required");
        }
        ReportContent content = corrected.toContent();
        return signed(caller, task, ifMatch, SignatureKind.AMENDMENT, now,
                (report, signer) -> report.correct(workitemUid, signer.signer(), content, reason, now));
    }

    /**
     * The steps every signature shares: the task's report, locked; the revision the caller read; the signer
     * re-checked against the registry for {@code kind}; then {@code signing} makes the new version, and
     * {@link #afterSigning} stores, publishes and audits it.
     */
    private ReportViews.ReportView signed(Caller caller, TaskForReporting task, Long ifMatch, SignatureKind kind,
            Instant now, BiFunction<Report, SignerLookup.Answer, SignedVersion> signing) {
        Report report = reportToSign(task);
        if (ifMatch != null) {
            checkRevision(report.revision(), ifMatch);
        }
        SignerLookup.Answer signer = checkSigner(caller, task, report, kind, now);
        return afterSigning(task, report, signing.apply(report, signer), signer, now);
    }

    /** Records a critical finding on the task's report (starting the report if needed); starts its SLA clock. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.FindingView recordCriticalFinding(String workitemUid, Integer category, String description) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        AcrCategory acr = AcrCategory.of(category);
        Optional<Report> existing = reports.findByStudyForUpdate(task.studyInstanceUid());
        requireClaimedBy(caller, task, SignatureKind.AMENDMENT, existing.orElse(null));
        Report report = existing.orElseGet(() -> Report.start(UUID.randomUUID(), task.studyInstanceUid(),
                task.facilityCode(), task.patient().id(), task.patient().issuer(), workitemUid, caller.username(), prefill(task), suggested(task), now));
        CriticalFinding finding = report.recordCriticalFinding(UUID.randomUUID(), acr, description, workitemUid,
                caller.username(), now);
        if (existing.isPresent()) {
            reports.update(report);
        } else {
            reports.add(report);
        }
        publish(report);
        audit(AuditAction.CREATE, AuditOutcome.SUCCESS, report.id().toString(), task.facilityCode(),
                "critical finding " + finding.id() + " (ACR category " + acr.number() + ") recorded on task "
                        + workitemUid);
        if (findingClocks.isResolvable()) {
            findingClocks.get().findingRecorded(finding.id(), workitemUid, acr.number(), now);
        }
        return ReportViews.finding(finding);
    }

    /** Documents how a critical finding was communicated; stops its SLA clock. */
    @Transactional(dontRollbackOn = ReportRefused.class)
    public ReportViews.FindingView documentCommunication(String workitemUid, UUID findingId, CommunicationInput in) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        TaskForReporting task = visibleTask(workitemUid, caller);
        Report report = reports.findByStudyForUpdate(task.studyInstanceUid()).orElseThrow(() -> TeleradException
                .notFound("TELERAD-REPORT-036", "The task's report has no critical finding " + findingId + "."));
        requireClaimedBy(caller, task, SignatureKind.AMENDMENT, report);
        if (in == null) {
            throw TeleradException.invalid("TELERAD-REPORT-034", "/", "The communication is required");
        }
        if (in.communicatedAt() != null && in.communicatedAt().isAfter(now.plusSeconds(60))) {
            throw TeleradException.invalid("TELERAD-REPORT-034", "communicatedAt",
                    "The communication cannot be in the future");
        }
        Communication communication = new Communication(in.communicatedTo(), in.communicatedAt(),
                in.method() == null ? null : CommunicationMethod.of(in.method()), Boolean.TRUE.equals(in.readBack()),
                caller.username(), now);
        CriticalFinding finding = report.documentCommunication(findingId, communication, now);
        reports.update(report);
        publish(report);
        audit(AuditAction.UPDATE, AuditOutcome.SUCCESS, report.id().toString(), task.facilityCode(),
                "communication of critical finding " + findingId + " documented (" + communication.method().code()
                        + ", read-back " + communication.readBack() + ")");
        if (findingClocks.isResolvable()) {
            findingClocks.get().findingCommunicated(findingId, communication.communicatedAt());
        }
        return ReportViews.finding(finding);
    }

    /** A report by id, for a caller who may see it. Audited. */
    @Transactional
    public ReportViews.ReportView byId(UUID id) {
        Caller caller = currentCaller.get();
        Report report = reports.find(id).orElseThrow(() -> unknownReport(id));
        TaskForReporting task = tasks.find(report.workitemUid()).orElse(null);
        if (!ReportAccess.maySee(caller, report.facilityCode(), task, report)) {
            throw unknownReport(id);
        }
        audit(AuditAction.READ, AuditOutcome.SUCCESS, id.toString(), report.facilityCode(), "report viewed");
        return ReportViews.of(report, report.revision(), task);
    }

    /** The signed versions of a report. Audited. */
    @Transactional
    public List<ReportViews.VersionView> versions(UUID id) {
        return byId(id).versions();
    }

    /** One signed version of a report. Audited. */
    @Transactional
    public ReportViews.VersionView version(UUID id, int number) {
        return byId(id).versions().stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> TeleradException.notFound("TELERAD-REPORT-008",
                        "The report has no signed version " + number + "."));
    }

    // --- signing

    private SignerLookup.Answer checkSigner(Caller caller, TaskForReporting task, Report report, SignatureKind kind,
            Instant now) {
        requireClaimedBy(caller, task, kind, report);
        SignerLookup.Answer answer = signers.at(caller.username(), task, kind.readType(), now);
        List<SigningVerdict.Rejected> rejections = POLICIES.rejections(new SigningAttempt(caller.username(), kind,
                task.readType(), task.state(), task.claimedBy(), answer.standing()));
        if (!rejections.isEmpty()) {
            refuse(report == null ? "task:" + task.workitemUid() : report.id().toString(), task, kind, rejections);
        }
        return answer;
    }

    /** The claiming-performer rule alone (for writes that are not signatures, and before asking the registry). */
    private void requireClaimedBy(Caller caller, TaskForReporting task, SignatureKind kind, Report report) {
        SigningVerdict verdict = new SignerClaimedTheTask().judge(new SigningAttempt(caller.username(), kind,
                task.readType(), task.state(), task.claimedBy(), SignerStanding.eligibleNow()));
        if (verdict instanceof SigningVerdict.Rejected r) {
            refuse(report == null ? "task:" + task.workitemUid() : report.id().toString(), task, kind, List.of(r));
        }
    }

    private void refuse(String objectId, TaskForReporting task, SignatureKind kind,
            List<SigningVerdict.Rejected> rejections) {
        StringBuilder rules = new StringBuilder();
        for (SigningVerdict.Rejected r : rejections) {
            rules.append(rules.length() == 0 ? "" : ", ").append(r.code()).append(' ').append(r.rule());
        }
        audit(AuditAction.EXECUTE, AuditOutcome.MINOR_FAILURE, objectId, task.facilityCode(),
                kind.name().toLowerCase(Locale.ROOT) + " on task " + task.workitemUid() + " refused: " + rules);
        throw new ReportRefused(rejections);
    }

    private ReportViews.ReportView afterSigning(TaskForReporting task, Report report, SignedVersion version,
            SignerLookup.Answer signer, Instant now) {
        reports.update(report);
        publish(report);
        audit(AuditAction.UPDATE, AuditOutcome.SUCCESS, report.id().toString(), task.facilityCode(),
                "version " + version.number() + " signed " + version.status().fhirCode() + " on task "
                        + task.workitemUid());
        if (version.status() != ReportStatus.AMENDED && readingClocks.isResolvable()) {
            readingClocks.get().reportSigned(task.workitemUid(), version.status() == ReportStatus.PRELIMINARY
                    ? org.telerad.registry.api.ReadType.PRELIMINARY : org.telerad.registry.api.ReadType.FINAL, now);
        }
        signed.fire(new ReportVersionSigned(report.id(), version.number(), version.status(), task.workitemUid(),
                task.facilityCode() == null ? "" : task.facilityCode(), now));
        boolean finishesTask = version.status() != ReportStatus.AMENDED && "IN_PROGRESS".equals(task.state())
                && task.readType().name().equals(version.status().name());
        if (finishesTask) {
            String npi = signer.signer().npi();
            boolean hasNpi = npi != null && !npi.isBlank();
            tasks.complete(new TaskCompletion(task.workitemUid(), signer.signer().username(),
                    hasNpi ? npi.strip() : signer.signer().username(), hasNpi ? "NPI" : "99TELERAD",
                    signer.signer().name(), report.draftStartedAt(), now, task.readType(),
                    "urn:telerad:report:" + report.id() + ":" + version.number(),
                    "/telerad/api/reports/" + report.id() + "/versions/" + version.number()));
        }
        TaskForReporting after = finishesTask ? tasks.find(task.workitemUid()).orElse(task) : task;
        return ReportViews.of(report, report.revision() + 1, after);
    }

    // --- helpers

    private Report reportToSign(TaskForReporting task) {
        return reports.findByStudyForUpdate(task.studyInstanceUid()).orElseThrow(() -> TeleradException.conflict(
                "TELERAD-REPORT-007", "The task has no report yet: save a draft with an impression first."));
    }

    private TaskForReporting visibleTask(String workitemUid, Caller caller) {
        TaskForReporting task = tasks.find(workitemUid).orElseThrow(() -> unknownTask(workitemUid));
        if (!ReportAccess.maySee(caller, task.facilityCode(), task, null)) {
            Optional<Report> report = reports.findByStudy(task.studyInstanceUid());
            if (report.isEmpty() || !ReportAccess.maySee(caller, task.facilityCode(), task, report.get())) {
                throw unknownTask(workitemUid);
            }
        }
        return task;
    }

    private ReportViews.ReportView notStarted(TaskForReporting task) {
        TemplateRef template = suggested(task);
        return new ReportViews.ReportView(null, task.studyInstanceUid(), task.workitemUid(), task.facilityCode(),
                "NOT_STARTED", 0, ReportText.of(prefill(task)), template, null, null, task.readType().code(),
                task.state(), List.of(), List.of());
    }

    private TemplateRef suggested(TaskForReporting task) {
        return templates.suggestFor(task.modality(), task.bodyPart()).map(ReportTemplate::ref).orElse(null);
    }

    /** The suggested template's text, with the comparison pre-filled from the task's priors when there are any. */
    ReportContent prefill(TaskForReporting task) {
        ReportContent base = templates.suggestFor(task.modality(), task.bodyPart()).map(ReportTemplate::sections)
                .orElse(ReportContent.empty());
        String comparison = comparison(task.priors());
        return new ReportContent(base.clinicalInformation(), base.technique(),
                comparison != null ? comparison : base.comparison(), base.findings(), base.impression());
    }

    static String comparison(List<TaskForReporting.PriorSummary> priors) {
        if (priors.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (TaskForReporting.PriorSummary p : priors) {
            String date = p.studyDate() != null && p.studyDate().matches("\\d{8}")
                    ? p.studyDate().substring(0, 4) + "-" + p.studyDate().substring(4, 6) + "-"
                            + p.studyDate().substring(6, 8)
                    : "date unknown";
            String what = (p.modalities() == null ? "" : p.modalities().replace('\\', '/') + " ")
                    + (p.description() == null ? "study" : p.description());
            lines.add(what.strip() + ", " + date + ".");
            if (lines.size() == 10) {
                break;
            }
        }
        return String.join("\n", lines);
    }

    private TemplateRef knownTemplate(TemplateRef ref) {
        return templates.version(ref.id(), ref.version()).ref();
    }

    private static void checkRevision(long current, long expected) {
        if (current != expected) {
            throw TeleradException.preconditionFailed("TELERAD-REPORT-002", "The report is at revision " + current
                    + ", not " + expected + "; read it again and retry.");
        }
    }

    private void publish(Report report) {
        for (ReportEvent e : report.takeEvents()) {
            reportEvents.fire(e);
        }
    }

    private void audit(AuditAction action, AuditOutcome outcome, String objectId, String facility, String detail) {
        audit.record(new AuditRecord(AuditEventType.PROCEDURE_RECORD, action, outcome, OBJECT_TYPE, objectId,
                facility, detail));
    }

    private static TeleradException unknownTask(String workitemUid) {
        return TeleradException.notFound("TELERAD-REPORT-006",
                "There is no reading task " + workitemUid + " whose report you may see.");
    }

    private static TeleradException unknownReport(UUID id) {
        return TeleradException.notFound("TELERAD-REPORT-009", "There is no report " + id + " that you may see.");
    }
}
