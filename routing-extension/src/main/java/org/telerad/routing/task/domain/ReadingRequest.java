package org.telerad.routing.task.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * What a task requestor (an archive, the Orthanc connector, an HL7 order) asks Telerad to have read: one study,
 * as one read type, with what is known about it. Validated on construction; intake creates a {@link ReadingTask}
 * from it, or revises the existing task for the same study and read type.
 *
 * @param facilityCode the registry facility the study comes from, null when not recognised (unroutable for now)
 * @param sourceArchive the name of the configured archive that sent it, null for other sources
 */
public record ReadingRequest(String studyInstanceUid, ReadType readType, Patient patient, ReferencedRequest request,
        List<InputSeries> inputs, String procedureStepLabel, String worklistLabel, Priority priority,
        InputReadiness inputReadiness, String facilityCode, StudyFacts facts, Instant scheduledStart,
        Instant expectedCompletion, String sourceArchive) {

    public ReadingRequest {
        List<FieldViolation> violations = new ArrayList<>();
        if (studyInstanceUid == null || studyInstanceUid.isBlank()) {
            violations.add(new FieldViolation("(0020,000D)", "the Study Instance UID is required"));
        } else if (!Uids.isValid(studyInstanceUid.strip())) {
            violations.add(new FieldViolation("(0020,000D)", "the Study Instance UID is not a DICOM UID"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-TASK-003",
                    "The reading request names no valid study: " + violations.get(0).message() + ".", violations);
        }
        studyInstanceUid = studyInstanceUid.strip();
        readType = readType == null ? ReadType.FINAL : readType;
        patient = patient == null ? Patient.unknown() : patient;
        request = request == null ? ReferencedRequest.none() : request;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        priority = priority == null ? Priority.MEDIUM : priority;
        inputReadiness = inputReadiness == null ? InputReadiness.READY : inputReadiness;
        facts = facts == null ? StudyFacts.unknown() : facts;
        for (InputSeries series : inputs) {
            Objects.requireNonNull(series, "input series");
        }
    }

    /** The same request, its facility recognised. */
    public ReadingRequest atFacility(String code) {
        return new ReadingRequest(studyInstanceUid, readType, patient, request, inputs, procedureStepLabel,
                worklistLabel, priority, inputReadiness, code, facts, scheduledStart, expectedCompletion,
                sourceArchive);
    }

    /** The same request with more facts about the study. */
    public ReadingRequest withFacts(StudyFacts more) {
        return new ReadingRequest(studyInstanceUid, readType, patient, request, inputs, procedureStepLabel,
                worklistLabel, priority, inputReadiness, facilityCode, facts.orElse(more), scheduledStart,
                expectedCompletion, sourceArchive);
    }

    /** The same request, its series without a Retrieve AE title given the one named in {@code aeBySeries}. */
    public ReadingRequest withRetrieveAeTitles(java.util.Map<String, String> aeBySeries) {
        return new ReadingRequest(studyInstanceUid, readType, patient, request,
                InputSeries.withRetrieveAeTitles(inputs, aeBySeries), procedureStepLabel, worklistLabel, priority,
                inputReadiness, facilityCode, facts, scheduledStart, expectedCompletion, sourceArchive);
    }

    @Override
    public String toString() {
        return "ReadingRequest[study " + studyInstanceUid + ", " + readType.code() + ", " + priority + "]";
    }
}
