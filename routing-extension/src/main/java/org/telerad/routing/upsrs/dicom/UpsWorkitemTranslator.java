package org.telerad.routing.upsrs.dicom;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.TaskChanges;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomFormatException;
import org.telerad.shared.dicom.PersonName;
import org.telerad.shared.dicom.Tag;
import org.telerad.shared.dicom.VR;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * Translates between UPS workitems (DICOM data sets, PS3.4 Annex CC) and reading tasks, in both directions.
 * Reading is lenient where archives really are sloppy (empty Specific Character Set, empty type-2 attributes,
 * an Issuer of Patient ID the archive invented, DT without offset: resolved in the sending archive's zone, empty
 * Retrieve AE Title: the archive's own AE) and refuses, naming the tag path, what would change the meaning
 * (no study, a series without UID, a state other than SCHEDULED on creation, unknown priority).
 *
 * <p>The requested read type travels as an item of Scheduled Processing Parameters Sequence (0074,1210): a CODE
 * content item whose Concept Code is DCM 121362 (Preliminary Report) or DCM 128005 (Final Report), CID 9233;
 * absent means final.
 */
public final class UpsWorkitemTranslator {

    /** UPS Push SOP Class (Unified Procedure Step). */
    public static final String UPS_SOP_CLASS = "1.2.840.10008.5.1.4.34.6.1";

    static final Tag VALUE_TYPE = Tag.of("0040A040");
    static final Tag CONCEPT_NAME_CODE_SEQUENCE = Tag.of("0040A043");
    static final Tag CONCEPT_CODE_SEQUENCE = Tag.of("0040A168");
    static final Tag PERFORMED_STATION_NAME_CODE_SEQUENCE = Tag.of("00404028");
    static final Tag PERFORMED_WORKITEM_CODE_SEQUENCE = Tag.of("00404019");
    static final Tag PERFORMED_PROCESSING_PARAMETERS_SEQUENCE = Tag.of("00741212");
    static final Tag COMMENTS_ON_THE_PERFORMED_PROCEDURE_STEP = Tag.of("00400280");
    static final String REQUESTED_REPORT_TYPE_CODE = "requested-report-type";
    static final String TELERAD_SCHEME = "99TELERAD";

    private UpsWorkitemTranslator() {
    }

    /**
     * A UPS creation data set (as dcm4chee's {@code ups:} exporter sends it) as a reading request.
     *
     * @param senderZone the sending archive's time zone, for DT values without offset
     * @param defaultRetrieveAe the sending archive's AE title, for series whose Retrieve AE Title is empty
     * @param sourceArchive the configured archive's name
     */
    public static ReadingRequest toRequest(DicomAttributes ds, ZoneId senderZone, String defaultRetrieveAe,
            String sourceArchive) {
        Optional<String> state = ds.string(Tag.ProcedureStepState);
        if (state.isPresent() && ProcedureStepState.ofDicom(state.get()).orElse(null) != ProcedureStepState.SCHEDULED) {
            throw invalid("TELERAD-UPS-011", Tag.ProcedureStepState.toString(),
                    "A workitem is created SCHEDULED; Procedure Step State must be SCHEDULED or empty.");
        }
        DicomAttributes request = ds.item(Tag.ReferencedRequestSequence).orElse(DicomAttributes.empty());
        String requestPath = Tag.ReferencedRequestSequence + "[0]>";
        List<DicomAttributes> inputItems = ds.sequence(Tag.InputInformationSequence);
        String study = request.string(Tag.StudyInstanceUID)
                .or(() -> ds.string(Tag.StudyInstanceUID))
                .or(() -> inputItems.isEmpty() ? Optional.empty() : inputItems.get(0).string(Tag.StudyInstanceUID))
                .orElseThrow(() -> invalid("TELERAD-UPS-010", requestPath + Tag.StudyInstanceUID,
                        "The workitem names no study: Study Instance UID is missing from Referenced Request Sequence"
                                + " and Input Information Sequence."));
        List<InputSeries> inputs = new ArrayList<>();
        for (int i = 0; i < inputItems.size(); i++) {
            inputs.add(series(inputItems.get(i), Tag.InputInformationSequence + "[" + i + "]>", study,
                    defaultRetrieveAe));
        }
        Patient patient = new Patient(ds.string(Tag.PatientID).orElse(null),
                ds.string(Tag.IssuerOfPatientID).orElse(null),
                ds.personName(Tag.PatientName).map(PersonName::toDicomString).orElse(null),
                ds.date(Tag.PatientBirthDate).orElse(null), ds.string(Tag.PatientSex).orElse(null));
        ReferencedRequest referenced = new ReferencedRequest(
                request.string(Tag.AccessionNumber).or(() -> ds.string(Tag.AccessionNumber)).orElse(null),
                request.item(Tag.IssuerOfAccessionNumberSequence).flatMap(x -> x.string(Tag.LocalNamespaceEntityID)
                        .or(() -> x.string(Tag.UniversalEntityID))).orElse(null),
                request.string(Tag.RequestedProcedureID).or(() -> ds.string(Tag.RequestedProcedureID)).orElse(null),
                request.string(Tag.RequestedProcedureDescription)
                        .or(() -> ds.string(Tag.RequestedProcedureDescription)).orElse(null),
                request.personName(Tag.ReferringPhysicianName).map(PersonName::toDicomString).orElse(null));
        Priority priority = priority(ds);
        InputReadiness readiness = ds.string(Tag.InputReadinessState).map(text -> InputReadiness.parse(text)
                .orElseThrow(() -> invalid("TELERAD-UPS-013", Tag.InputReadinessState.toString(),
                        "Input Readiness State is READY, INCOMPLETE or UNAVAILABLE."))).orElse(InputReadiness.READY);
        StudyFacts facts = new StudyFacts(ds.string(Tag.Modality).orElse(null),
                ds.string(Tag.BodyPartExamined).orElse(null), ds.string(Tag.InstitutionName).orElse(null),
                ds.string(Tag.StudyDescription).orElse(null));
        return new ReadingRequest(study, readType(ds), patient, referenced, inputs,
                ds.string(Tag.ProcedureStepLabel).orElse(null), ds.string(Tag.WorklistLabel).orElse(null), priority,
                readiness, null, facts, instant(ds, Tag.ScheduledProcedureStepStartDateTime, senderZone),
                instant(ds, Tag.ExpectedCompletionDateTime, senderZone), sourceArchive);
    }

    /** The workitem UID the creator proposed in the data set (SOP Instance UID), if any. */
    public static Optional<String> proposedUid(DicomAttributes ds) {
        return ds.string(Tag.SOPInstanceUID);
    }

    private static InputSeries series(DicomAttributes item, String path, String study, String defaultRetrieveAe) {
        String itemStudy = item.string(Tag.StudyInstanceUID).orElse(study);
        if (!itemStudy.equals(study)) {
            throw invalid("TELERAD-UPS-014", path + Tag.StudyInstanceUID,
                    "An Input Information item names another study than the workitem; one workitem reads one study.");
        }
        String seriesUid = item.string(Tag.SeriesInstanceUID).orElseThrow(() -> invalid("TELERAD-UPS-010",
                path + Tag.SeriesInstanceUID, "An Input Information item has no Series Instance UID."));
        String ae = item.item(Tag.DICOMRetrievalSequence).flatMap(r -> r.string(Tag.RetrieveAETitle))
                .orElse(defaultRetrieveAe);
        List<DicomAttributes> sops = item.sequence(Tag.ReferencedSOPSequence);
        List<InputSeries.Instance> instances = new ArrayList<>();
        for (int i = 0; i < sops.size(); i++) {
            DicomAttributes sop = sops.get(i);
            String sopPath = path + Tag.ReferencedSOPSequence + "[" + i + "]>";
            instances.add(new InputSeries.Instance(sop.string(Tag.ReferencedSOPClassUID).orElse(null),
                    sop.string(Tag.ReferencedSOPInstanceUID).orElseThrow(() -> invalid("TELERAD-UPS-010",
                            sopPath + Tag.ReferencedSOPInstanceUID,
                            "A Referenced SOP Sequence item has no Referenced SOP Instance UID."))));
        }
        return new InputSeries(study, seriesUid, ae, instances);
    }

    private static Priority priority(DicomAttributes ds) {
        return ds.string(Tag.ScheduledProcedureStepPriority).map(text -> Priority.parse(text)
                .orElseThrow(() -> invalid("TELERAD-UPS-012", Tag.ScheduledProcedureStepPriority.toString(),
                        "Scheduled Procedure Step Priority is HIGH, MEDIUM or LOW."))).orElse(Priority.MEDIUM);
    }

    private static ReadType readType(DicomAttributes ds) {
        for (DicomAttributes item : ds.sequence(Tag.ScheduledProcessingParametersSequence)) {
            Optional<String> code = item.item(CONCEPT_CODE_SEQUENCE).flatMap(c -> c.string(Tag.CodeValue));
            if (code.isPresent()) {
                for (ReadType t : ReadType.values()) {
                    if (t.dicomCode().equals(code.get())) {
                        return t;
                    }
                }
            }
        }
        return ReadType.FINAL;
    }

    private static Instant instant(DicomAttributes ds, Tag tag, ZoneId zone) {
        return ds.dateTime(tag, zone).map(OffsetDateTime::toInstant).orElse(null);
    }

    /** A Change State body (RAD-82): the requested state and the Transaction UID, if given. */
    public record StateRequest(ProcedureStepState state, TransactionUid transaction) {
    }

    public static StateRequest toStateRequest(DicomAttributes ds) {
        String text = ds.string(Tag.ProcedureStepState).orElseThrow(() -> invalid("TELERAD-UPS-015",
                Tag.ProcedureStepState.toString(), "The body must give the requested Procedure Step State."));
        ProcedureStepState state = ProcedureStepState.ofDicom(text).orElseThrow(() -> invalid("TELERAD-UPS-015",
                Tag.ProcedureStepState.toString(), "Procedure Step State is IN PROGRESS, COMPLETED or CANCELED."));
        return new StateRequest(state, transaction(ds).orElse(null));
    }

    /** The Transaction UID (0008,1195) of a body, if present. */
    public static Optional<TransactionUid> transaction(DicomAttributes ds) {
        return ds.string(Tag.TransactionUID).map(TransactionUid::of);
    }

    /** An Update body (RAD-84) as the changes it asks for. */
    public static TaskChanges toChanges(DicomAttributes ds, ZoneId zone) {
        for (Tag fixed : List.of(Tag.ProcedureStepState, Tag.StudyInstanceUID, Tag.PatientID, Tag.PatientName,
                Tag.InputInformationSequence, Tag.ReferencedRequestSequence)) {
            if (ds.hasValue(fixed)) {
                throw invalid("TELERAD-UPS-016", fixed.toString(), fixed.keyword().orElse("This attribute")
                        + " cannot be changed by an update"
                        + (fixed.equals(Tag.ProcedureStepState) ? "; use PUT .../state." : "."));
            }
        }
        Optional<DicomAttributes> progress = ds.item(Tag.ProcedureStepProgressInformationSequence);
        Integer percent = null;
        if (progress.isPresent()) {
            percent = progress.get().decimal(Tag.ProcedureStepProgress).map(d -> d.intValue()).orElse(null);
        }
        Performer performer = ds.item(Tag.ScheduledHumanPerformersSequence).map(UpsWorkitemTranslator::performer)
                .orElse(null);
        return new TaskChanges(ds.hasValue(Tag.ScheduledProcedureStepPriority) ? priority(ds) : null,
                ds.string(Tag.WorklistLabel).orElse(null), ds.string(Tag.ProcedureStepLabel).orElse(null),
                instant(ds, Tag.ExpectedCompletionDateTime, zone),
                ds.string(Tag.InputReadinessState).map(t -> InputReadiness.parse(t).orElseThrow(() -> invalid(
                        "TELERAD-UPS-013", Tag.InputReadinessState.toString(),
                        "Input Readiness State is READY, INCOMPLETE or UNAVAILABLE."))).orElse(null),
                percent, progress.flatMap(p -> p.string(Tag.ProcedureStepProgressDescription)).orElse(null),
                performer);
    }

    private static Performer performer(DicomAttributes item) {
        Optional<DicomAttributes> code = item.item(Tag.HumanPerformerCodeSequence);
        String value = code.flatMap(c -> c.string(Tag.CodeValue)).orElseThrow(() -> invalid("TELERAD-UPS-010",
                Tag.ScheduledHumanPerformersSequence + "[0]>" + Tag.HumanPerformerCodeSequence + "[0]>" + Tag.CodeValue,
                "A scheduled human performer needs a Human Performer Code."));
        String scheme = code.flatMap(c -> c.string(Tag.CodingSchemeDesignator)).orElse(Performer.TELERAD_USERNAME_SCHEME);
        return new Performer(value, scheme, item.personName(Tag.HumanPerformerName).map(PersonName::toDicomString)
                .orElse(null), item.string(Tag.HumanPerformerOrganization).orElse(null),
                Performer.TELERAD_USERNAME_SCHEME.equals(scheme) ? value : null);
    }

    /** Reason For Cancellation (0074,1238) of a cancellation request body. */
    public static Optional<String> cancellationReason(DicomAttributes ds) {
        return ds.string(Tag.ReasonForCancellation);
    }

    /** The task as a UPS workitem data set (what Retrieve and Query answer); never includes the Transaction UID. */
    public static DicomAttributes toDicom(ReadingTask task) {
        return toDicom(task, null, null);
    }

    /**
     * The task as a UPS workitem data set with, when {@code performed} is given (a COMPLETED task whose report was
     * signed), its Unified Procedure Step Performed Procedure Sequence (0074,1216; PS3.4 CC.2.5, see
     * {@link #performedProcedureItem}).
     *
     * @param serverBase what a relative Retrieve URL of the report is resolved against (e.g. the request's base
     *        URI); {@code null} keeps it as recorded
     */
    public static DicomAttributes toDicom(ReadingTask task, TaskCompletion performed, URI serverBase) {
        DicomAttributes workitem = dataSet(task);
        if (performed == null) {
            return workitem;
        }
        return workitem.toBuilder().sequence(Tag.UnifiedProcedureStepPerformedProcedureSequence,
                performedProcedureItem(task, performed, serverBase)).build();
    }

    /**
     * The Performed Procedure item of a signed task (PS3.4 Table CC.2.5-3, final state of a COMPLETED workitem):
     * <ul>
     * <li>Actual Human Performers Sequence (0040,4035) with one item: Human Performer Code Sequence (0040,4009;
     * NPI, else the Telerad username in 99TELERAD; Code Meaning the recorded display name), Human Performer's Name
     * (0040,4037, PN {@code Family^Given}: the scheduled performer's when the signer is that performer, else the
     * recorded name only if it is a PN already, otherwise empty), Human Performer's Organization (0040,4036, the
     * scheduled performer's when it is the same person);
     * <li>Performed Procedure Step Start DateTime (0040,4050, when the read started as recorded: the report's first
     * draft) and End DateTime (0040,4051, the signature), UTC;
     * <li>Performed Station Name Code Sequence (0040,4028): 99TELERAD TELERAD (the read happened in Telerad) and
     * Performed Workitem Code Sequence (0040,4019): DCM 110005 Interpretation, as scheduled; with the two DateTimes
     * these are the final state requirements of COMPLETED;
     * <li>Performed Processing Parameters Sequence (0074,1212): the report type signed (DCM 121362 / 128005), shaped
     * like the Scheduled Processing Parameters item;
     * <li>Comments on the Performed Procedure Step (0040,0280): the signed report version's reference
     * ({@code urn:telerad:report:<id>:<version>});
     * <li>Output Information Sequence (0040,4033) with one item (Referenced Instances and Access Macro, PS3.3
     * Table 10-3b): the Study Instance UID and a WADO-RS Retrieval Sequence (0040,E025) > Retrieve URL (0008,1190)
     * under which Telerad serves the signed report. The report is not a DICOM object, so Series Instance UID,
     * Referenced SOP Sequence and Type of Instances are not sent.
     * </ul>
     */
    static DicomAttributes performedProcedureItem(ReadingTask task, TaskCompletion p, URI serverBase) {
        ReadingTask.Snapshot t = task.snapshot();
        Performer scheduled = t.performer();
        boolean signerWasScheduled = scheduled != null && (p.performerUsername().equals(scheduled.username())
                || p.performerCode().equals(scheduled.code())
                        && p.performerCodingScheme().equals(scheduled.codingScheme()));
        String display = p.performerName() == null || p.performerName().isBlank() ? null : p.performerName().strip();
        // PN (Family^Given): the scheduled performer's when the signer is that performer (built from the registry's
        // family and given names); else the recorded name only when it already is a PN, never a guessed split
        String personName = signerWasScheduled && scheduled.name() != null && !scheduled.name().isBlank()
                ? scheduled.name() : display != null && display.contains("^") ? display : null;
        DicomAttributes.Builder human = DicomAttributes.builder()
                .sequence(Tag.HumanPerformerCodeSequence, code(p.performerCode(), p.performerCodingScheme(),
                        display != null ? display : p.performerCode()));
        optional(human, Tag.HumanPerformerOrganization, VR.LO, signerWasScheduled ? scheduled.organization() : null);
        optional(human, Tag.HumanPerformerName, VR.PN, personName);
        DicomAttributes.Builder item = DicomAttributes.builder()
                .sequence(Tag.ActualHumanPerformersSequence, human.build());
        dateTime(item, Tag.PerformedProcedureStepStartDateTime, p.startedAt());
        dateTime(item, Tag.PerformedProcedureStepEndDateTime, p.completedAt());
        item.sequence(PERFORMED_STATION_NAME_CODE_SEQUENCE, code("TELERAD", TELERAD_SCHEME, "Telerad"));
        item.sequence(PERFORMED_WORKITEM_CODE_SEQUENCE, code("110005", "DCM", "Interpretation"));
        item.sequence(PERFORMED_PROCESSING_PARAMETERS_SEQUENCE, reportType(p.signedAs()));
        item.string(COMMENTS_ON_THE_PERFORMED_PROCEDURE_STEP, VR.ST, p.reportReference());
        DicomAttributes.Builder output = DicomAttributes.builder().string(Tag.StudyInstanceUID, t.studyInstanceUid());
        if (p.retrieveUrl() != null && !p.retrieveUrl().isBlank()) {
            String url = serverBase == null ? p.retrieveUrl() : serverBase.resolve(p.retrieveUrl()).toString();
            output.sequence(Tag.WADORSRetrievalSequence,
                    DicomAttributes.builder().string(Tag.RetrieveURL, VR.UR, url).build());
        }
        item.sequence(Tag.OutputInformationSequence, output.build());
        return item.build();
    }

    private static DicomAttributes reportType(ReadType type) {
        return DicomAttributes.builder()
                .string(VALUE_TYPE, VR.CS, "CODE")
                .sequence(CONCEPT_NAME_CODE_SEQUENCE, code(REQUESTED_REPORT_TYPE_CODE, TELERAD_SCHEME,
                        "Requested Report Type"))
                .sequence(CONCEPT_CODE_SEQUENCE, code(type.dicomCode(), "DCM", type.meaning()))
                .build();
    }

    private static DicomAttributes dataSet(ReadingTask task) {
        ReadingTask.Snapshot t = task.snapshot();
        DicomAttributes.Builder b = DicomAttributes.builder()
                .string(Tag.SpecificCharacterSet, "ISO_IR 192")
                .string(Tag.SOPClassUID, UPS_SOP_CLASS)
                .string(Tag.SOPInstanceUID, t.uid().value());
        optional(b, Tag.PatientName, VR.PN, t.patient().name());
        optional(b, Tag.PatientID, VR.LO, t.patient().id());
        optional(b, Tag.IssuerOfPatientID, VR.LO, t.patient().issuer());
        if (t.patient().birthDate() != null) {
            b.date(Tag.PatientBirthDate, t.patient().birthDate());
        } else {
            b.empty(Tag.PatientBirthDate);
        }
        optional(b, Tag.PatientSex, VR.CS, t.patient().sex());
        StudyFacts f = t.facts();
        if (f.modality() != null) {
            b.string(Tag.Modality, f.modality());
        }
        if (f.institutionName() != null) {
            b.string(Tag.InstitutionName, f.institutionName());
        }
        if (f.studyDescription() != null) {
            b.string(Tag.StudyDescription, f.studyDescription());
        }
        if (f.bodyPart() != null) {
            b.string(Tag.BodyPartExamined, f.bodyPart());
        }
        b.string(Tag.StudyInstanceUID, t.studyInstanceUid());
        b.sequence(Tag.ReferencedRequestSequence, request(t));
        List<DicomAttributes> inputs = new ArrayList<>();
        for (InputSeries s : t.inputs()) {
            DicomAttributes.Builder item = DicomAttributes.builder();
            List<DicomAttributes> sops = new ArrayList<>();
            for (InputSeries.Instance i : s.instances()) {
                DicomAttributes.Builder sop = DicomAttributes.builder();
                optional(sop, Tag.ReferencedSOPClassUID, VR.UI, i.sopClassUid());
                sops.add(sop.string(Tag.ReferencedSOPInstanceUID, i.sopInstanceUid()).build());
            }
            item.sequence(Tag.ReferencedSOPSequence, sops).string(Tag.StudyInstanceUID, s.studyInstanceUid())
                    .string(Tag.SeriesInstanceUID, s.seriesInstanceUid()).string(Tag.TypeOfInstances, "DICOM");
            DicomAttributes.Builder retrieve = DicomAttributes.builder();
            optional(retrieve, Tag.RetrieveAETitle, VR.AE, s.retrieveAeTitle());
            inputs.add(item.sequence(Tag.DICOMRetrievalSequence, retrieve.build()).build());
        }
        b.sequence(Tag.InputInformationSequence, inputs);
        dateTime(b, Tag.ScheduledProcedureStepStartDateTime, t.scheduledStart());
        dateTime(b, Tag.ExpectedCompletionDateTime, t.expectedCompletion());
        dateTime(b, Tag.ScheduledProcedureStepModificationDateTime, t.updatedAt());
        b.sequence(Tag.ScheduledWorkitemCodeSequence, code("110005", "DCM", "Interpretation"));
        b.sequence(Tag.ScheduledHumanPerformersSequence, t.performer() == null ? List.of()
                : List.of(performerItem(t.performer())));
        b.string(Tag.InputReadinessState, t.inputReadiness().name());
        b.string(Tag.ProcedureStepState, t.state().dicom());
        DicomAttributes.Builder progress = DicomAttributes.builder();
        if (t.progress() != null) {
            progress.integer(Tag.ProcedureStepProgress, t.progress());
        }
        if (t.progressDescription() != null) {
            progress.string(Tag.ProcedureStepProgressDescription, t.progressDescription());
        }
        if (t.cancellationRequested() || t.state() == ProcedureStepState.CANCELED) {
            optional(progress, Tag.ReasonForCancellation, VR.LT, t.cancellationReason());
        }
        DicomAttributes progressItem = progress.build();
        b.sequence(Tag.ProcedureStepProgressInformationSequence,
                progressItem.isEmpty() ? List.of() : List.of(progressItem));
        b.string(Tag.ScheduledProcedureStepPriority, t.priority().name());
        optional(b, Tag.WorklistLabel, VR.LO, t.worklistLabel());
        optional(b, Tag.ProcedureStepLabel, VR.LO, t.procedureStepLabel());
        b.sequence(Tag.ScheduledProcessingParametersSequence, reportType(t.readType()));
        return b.build();
    }

    private static DicomAttributes request(ReadingTask.Snapshot t) {
        ReferencedRequest r = t.request();
        DicomAttributes.Builder item = DicomAttributes.builder();
        optional(item, Tag.AccessionNumber, VR.SH, r.accessionNumber());
        item.sequence(Tag.IssuerOfAccessionNumberSequence, r.accessionIssuer() == null ? List.of()
                : List.of(DicomAttributes.builder().string(Tag.LocalNamespaceEntityID, r.accessionIssuer()).build()));
        optional(item, Tag.ReferringPhysicianName, VR.PN, r.referringPhysicianName());
        item.string(Tag.StudyInstanceUID, t.studyInstanceUid());
        optional(item, Tag.RequestedProcedureDescription, VR.LO, r.requestedProcedureDescription());
        optional(item, Tag.RequestedProcedureID, VR.SH, r.requestedProcedureId());
        return item.build();
    }

    private static DicomAttributes performerItem(Performer p) {
        DicomAttributes.Builder item = DicomAttributes.builder()
                .sequence(Tag.HumanPerformerCodeSequence, code(p.code(), p.codingScheme(),
                        p.name() != null ? p.name() : p.code()));
        optional(item, Tag.HumanPerformerOrganization, VR.LO, p.organization());
        optional(item, Tag.HumanPerformerName, VR.PN, p.name());
        return item.build();
    }

    private static DicomAttributes code(String value, String scheme, String meaning) {
        return DicomAttributes.builder().string(Tag.CodeValue, value).string(Tag.CodingSchemeDesignator, scheme)
                .string(Tag.CodeMeaning, meaning).build();
    }

    private static void optional(DicomAttributes.Builder b, Tag tag, VR vr, String value) {
        if (value == null) {
            b.empty(tag, vr);
        } else {
            b.string(tag, vr, value);
        }
    }

    private static void dateTime(DicomAttributes.Builder b, Tag tag, Instant instant) {
        if (instant == null) {
            b.empty(tag, VR.DT);
        } else {
            b.dateTime(tag, instant.atOffset(ZoneOffset.UTC));
        }
    }

    static TeleradException invalid(String code, String path, String message) {
        return TeleradException.invalid(code, message, List.of(new FieldViolation(path, message)));
    }

    /** For callers that want the DICOM refusal type for a bad UID. */
    static DicomFormatException badValue(String path, String problem) {
        return new DicomFormatException(DicomFormatException.Reason.BAD_VALUE, path, problem);
    }

    /** The workitem UID as a domain value, refusing a malformed one at {@code path}. */
    public static WorkitemUid workitemUid(String text, String path) {
        try {
            return WorkitemUid.of(text);
        } catch (TeleradException e) {
            throw invalid("TELERAD-UPS-017", path, "The workitem UID is not a DICOM UID.");
        }
    }
}
