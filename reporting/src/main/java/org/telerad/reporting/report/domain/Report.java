package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.shared.problem.TeleradException;

/**
 * The radiology report of one study: written on the study's reading task(s), signed in versions.
 *
 * <p><b>Life cycle.</b> {@link #start} opens it as a DRAFT on a task. The working text is saved continuously
 * ({@link #saveDraft}) while it is a DRAFT or PRELIMINARY. {@link #signPreliminary} signs version 1 as
 * PRELIMINARY (only from DRAFT); {@link #signFinal} signs the working text as FINAL (from DRAFT or PRELIMINARY;
 * the final of a cross-border read is signed on the chained final task by a locally licensed reader, and the
 * preliminary reader stays on the version as assistant). After the final, the text changes only through a
 * signed {@link #addAddendum addendum} or {@link #correct correction}, each an AMENDED version. Critical
 * findings are recorded ({@link #recordCriticalFinding}) and their communication documented
 * ({@link #documentCommunication}) in any state.
 *
 * <p><b>Invariants.</b> One report per study. Signed versions are numbered 1, 2, ... and never change; a signed
 * version always has an impression. The state is the status of the latest signed version (DRAFT when none).
 * Who may write and sign (the task's claiming performer, licensed and privileged at that instant) is decided
 * before these methods are called ({@link SigningPolicies}).
 *
 * <p><b>Events.</b> Each change records a past-tense {@link ReportEvent}, taken with {@link #takeEvents()}.
 * Not thread safe: load (locked), change and store within one transaction; {@link #revision()} detects
 * concurrent changes (the ETag of the draft).
 */
public final class Report {

    private final UUID id;
    private final String studyInstanceUid;
    private final String facilityCode;
    private final String patientId;
    private final String patientIssuer;
    private ReportState state;
    private String workitemUid;
    private ReportContent draft;
    private TemplateRef template;
    private String draftAuthor;
    private Instant draftStartedAt;
    private Instant draftSavedAt;
    private final List<SignedVersion> versions;
    private final List<CriticalFinding> findings;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long revision;
    private final List<ReportEvent> events = new ArrayList<>();

    private Report(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.studyInstanceUid = Objects.requireNonNull(s.studyInstanceUid(), "studyInstanceUid");
        this.facilityCode = s.facilityCode();
        this.patientId = s.patientId();
        this.patientIssuer = s.patientIssuer();
        this.state = Objects.requireNonNull(s.state(), "state");
        this.workitemUid = Objects.requireNonNull(s.workitemUid(), "workitemUid");
        this.draft = s.draft() == null ? ReportContent.empty() : s.draft();
        this.template = s.template();
        this.draftAuthor = s.draftAuthor();
        this.draftStartedAt = s.draftStartedAt();
        this.draftSavedAt = s.draftSavedAt();
        this.versions = new ArrayList<>(s.versions());
        this.findings = new ArrayList<>(s.findings());
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = s.updatedAt() == null ? s.createdAt() : s.updatedAt();
        this.revision = s.revision();
    }

    /**
     * Opens the report of a study on its task {@code workitemUid}, as a DRAFT with {@code initial} text (a
     * template's text and the comparison with the priors) and the template it came from (null for none).
     * {@code patientId} and {@code patientIssuer} (either may be null) let the report be found by patient.
     */
    public static Report start(UUID id, String studyInstanceUid, String facilityCode, String patientId,
            String patientIssuer, String workitemUid, String author, ReportContent initial, TemplateRef template,
            Instant now) {
        return new Report(new Snapshot(id, studyInstanceUid, facilityCode, patientId, patientIssuer,
                ReportState.DRAFT, workitemUid, initial, template, author, now, null, List.of(), List.of(), now, now,
                0));
    }

    /** A report as stored. */
    public static Report restore(Snapshot s) {
        return new Report(s);
    }

    /**
     * Saves the working text written on task {@code onTask} by {@code author}; {@code chosen} replaces the
     * template reference when given. Refused once the report is final (TELERAD-REPORT-020).
     */
    public void saveDraft(String onTask, String author, ReportContent content, TemplateRef chosen, Instant now) {
        Objects.requireNonNull(content, "content");
        if (state.isFinalised()) {
            throw TeleradException.conflict("TELERAD-REPORT-020", "The report is signed " + state.name()
                    .toLowerCase(java.util.Locale.ROOT) + "; change it with an addendum or a correction.");
        }
        if (!onTask.equals(workitemUid) || draftStartedAt == null) {
            draftStartedAt = now;
        }
        workitemUid = onTask;
        draft = content;
        template = chosen != null ? chosen : template;
        draftAuthor = author;
        draftSavedAt = now;
        updatedAt = now;
        events.add(new ReportEvent.ReportDrafted(id, onTask, revision, now));
    }

    /** Signs the working text as version 1, PRELIMINARY. Only a DRAFT is signed preliminary. */
    public SignedVersion signPreliminary(String onTask, Signer signer, Instant now) {
        if (state != ReportState.DRAFT) {
            throw TeleradException.conflict("TELERAD-REPORT-021", "The report is already signed "
                    + state.name().toLowerCase(java.util.Locale.ROOT) + "; a preliminary is signed only once,"
                    + " before the final.");
        }
        return sign(ReportStatus.PRELIMINARY, onTask, signer, draft.requireImpression(), null, null, now);
    }

    /**
     * Signs the working text as FINAL (from DRAFT or PRELIMINARY). When another radiologist signed the
     * preliminary, they stay on the version as its preliminary reader (HL7 OBR-33).
     */
    public SignedVersion signFinal(String onTask, Signer signer, Instant now) {
        if (state.isFinalised()) {
            throw TeleradException.conflict("TELERAD-REPORT-021", "The report is already signed final; change it"
                    + " with an addendum or a correction.");
        }
        return sign(ReportStatus.FINAL, onTask, signer, draft.requireImpression(), null, null, now);
    }

    /** Adds a signed addendum to a final report: a new AMENDED version with the same text and one more addendum. */
    public SignedVersion addAddendum(String onTask, Signer signer, String text, Instant now) {
        requireFinalised("an addendum");
        Addendum addendum = new Addendum(text, signer.name() != null ? signer.name() : signer.username(), now);
        SignedVersion last = latest().orElseThrow();
        List<Addendum> addenda = new ArrayList<>(last.addenda());
        addenda.add(addendum);
        return sign(ReportStatus.AMENDED, onTask, signer, last.content(), addenda, null, now);
    }

    /** Corrects a final report: a new AMENDED version with corrected text (impression required) and the reason. */
    public SignedVersion correct(String onTask, Signer signer, ReportContent corrected, String reason, Instant now) {
        requireFinalised("a correction");
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty() || why.length() > 1_000) {
            throw TeleradException.invalid("TELERAD-REPORT-013", "reason",
                    "A correction says why, in 1 to 1000 characters");
        }
        corrected.requireImpression();
        draft = corrected;
        return sign(ReportStatus.AMENDED, onTask, signer, corrected, latest().orElseThrow().addenda(), why, now);
    }

    /** Records a critical finding seen on task {@code onTask}. */
    public CriticalFinding recordCriticalFinding(UUID findingId, AcrCategory category, String description,
            String onTask, String recordedBy, Instant now) {
        CriticalFinding finding = new CriticalFinding(findingId, category, description, onTask, recordedBy, now,
                null);
        findings.add(finding);
        updatedAt = now;
        events.add(new ReportEvent.CriticalFindingRecorded(id, finding, now));
        return finding;
    }

    /** Documents how a recorded finding was communicated; documented once (TELERAD-REPORT-032). */
    public CriticalFinding documentCommunication(UUID findingId, Communication communication, Instant now) {
        for (int i = 0; i < findings.size(); i++) {
            CriticalFinding f = findings.get(i);
            if (f.id().equals(findingId)) {
                if (f.isCommunicated()) {
                    throw TeleradException.conflict("TELERAD-REPORT-032",
                            "The communication of this finding is already documented.");
                }
                CriticalFinding documented = f.communicated(communication);
                findings.set(i, documented);
                updatedAt = now;
                events.add(new ReportEvent.CriticalFindingCommunicated(id, documented, now));
                return documented;
            }
        }
        throw TeleradException.notFound("TELERAD-REPORT-036", "The report has no critical finding " + findingId + ".");
    }

    private void requireFinalised(String what) {
        if (!state.isFinalised()) {
            throw TeleradException.conflict("TELERAD-REPORT-022", "The report is "
                    + state.name().toLowerCase(java.util.Locale.ROOT) + ": " + what
                    + " is added only after the final is signed; until then, edit the draft.");
        }
    }

    private SignedVersion sign(ReportStatus status, String onTask, Signer signer, ReportContent content,
            List<Addendum> addenda, String reason, Instant now) {
        Objects.requireNonNull(signer, "signer");
        Signer preliminaryReader = null;
        if (status != ReportStatus.PRELIMINARY) {
            preliminaryReader = versions.stream().filter(v -> v.status() == ReportStatus.PRELIMINARY).findFirst()
                    .map(SignedVersion::signer).filter(p -> !p.username().equals(signer.username())).orElse(null);
            if (status == ReportStatus.AMENDED) {
                preliminaryReader = latest().map(SignedVersion::preliminaryReader).orElse(preliminaryReader);
            }
        }
        SignedVersion version = new SignedVersion(versions.size() + 1, status, now, onTask, signer,
                preliminaryReader, content, addenda, List.copyOf(findings), template, reason);
        versions.add(version);
        state = ReportState.after(status);
        workitemUid = onTask;
        updatedAt = now;
        events.add(new ReportEvent.ReportSigned(id, version, now));
        return version;
    }

    /** The events recorded since the last call, oldest first. */
    public List<ReportEvent> takeEvents() {
        List<ReportEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The stored form of a report; {@code revision} counts stored changes (the draft's ETag). */
    public record Snapshot(UUID id, String studyInstanceUid, String facilityCode, String patientId,
            String patientIssuer, ReportState state,
            String workitemUid, ReportContent draft, TemplateRef template, String draftAuthor,
            Instant draftStartedAt, Instant draftSavedAt, List<SignedVersion> versions,
            List<CriticalFinding> findings, Instant createdAt, Instant updatedAt, long revision) {

        public Snapshot {
            versions = versions == null ? List.of() : List.copyOf(versions);
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        /** No patient data. */
        @Override
        public String toString() {
            return "Report.Snapshot[" + id + ", " + state + "]";
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(id, studyInstanceUid, facilityCode, patientId, patientIssuer, state, workitemUid, draft, template, draftAuthor,
                draftStartedAt, draftSavedAt, versions, findings, createdAt, updatedAt, revision);
    }

    public UUID id() {
        return id;
    }

    public String studyInstanceUid() {
        return studyInstanceUid;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public ReportState state() {
        return state;
    }

    /** The task the report was last drafted or signed on. */
    public String workitemUid() {
        return workitemUid;
    }

    public ReportContent draft() {
        return draft;
    }

    public Optional<TemplateRef> template() {
        return Optional.ofNullable(template);
    }

    /** When drafting began on the current task (the Performed Procedure Step's start). */
    public Instant draftStartedAt() {
        return draftStartedAt;
    }

    public List<SignedVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<SignedVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public Optional<SignedVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<CriticalFinding> criticalFindings() {
        return List.copyOf(findings);
    }

    /** True when {@code username} signed any version. */
    public boolean signedBy(String username) {
        return versions.stream().anyMatch(v -> v.signer().username().equals(username));
    }

    public long revision() {
        return revision;
    }

    @Override
    public String toString() {
        return "Report[" + id + ", " + state + ", " + versions.size() + " versions]";
    }
}
