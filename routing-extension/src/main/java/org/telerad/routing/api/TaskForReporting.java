package org.telerad.routing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.telerad.registry.api.ReadType;

/**
 * A reading task as the report lifecycle sees it: which study, order and patient it reads, where (facility and,
 * when routing decided, the patient's jurisdiction), as which read type, in which UPS state, and who performs it.
 * Personal data: {@link #toString()} prints none.
 *
 * @param state the UPS Procedure Step State: {@code SCHEDULED}, {@code IN_PROGRESS}, {@code COMPLETED} or
 *        {@code CANCELED}
 * @param claimedBy the Keycloak username of the performer who claimed the task (IN PROGRESS), else null
 * @param performerUsername the username of the Scheduled Human Performer, null when none or unknown
 * @param assigneeRadiologistId the registry id of the radiologist the current routing decision assigned, null
 *        when the task was never routed to anyone
 * @param patientJurisdiction the ISO 3166 code of the patient's jurisdiction routing used, null when unrouted
 * @param priors earlier studies of the patient recorded for the task (for the report's comparison)
 */
public record TaskForReporting(String workitemUid, String studyInstanceUid, ReadType readType, String state,
        String facilityCode, String patientJurisdiction, Patient patient, String accessionNumber,
        String accessionIssuer, String requestedProcedureDescription, String modality, String bodyPart,
        String studyDescription, String performerUsername, String performerName, String claimedBy,
        UUID assigneeRadiologistId, List<PriorSummary> priors) {

    public TaskForReporting {
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(readType, "readType");
        Objects.requireNonNull(state, "state");
        patient = patient == null ? new Patient(null, null, null, null, null) : patient;
        priors = priors == null ? List.of() : List.copyOf(priors);
    }

    /** True when the task is IN PROGRESS, claimed by {@code username}. */
    public boolean isInProgressFor(String username) {
        return "IN_PROGRESS".equals(state) && username != null && username.equals(claimedBy);
    }

    /** True when the task is COMPLETED. */
    public boolean isCompleted() {
        return "COMPLETED".equals(state);
    }

    /** The patient (ID with issuer, DICOM PN name {@code Family^Given}, birth date, sex); any part may be null. */
    public record Patient(String id, String issuer, String name, LocalDate birthDate, String sex) {
        @Override
        public String toString() {
            return "Patient[redacted]";
        }
    }

    /** An earlier study of the patient: Study Date (DICOM DA, may be null), description and modalities. */
    public record PriorSummary(String studyInstanceUid, String studyDate, String description, String modalities) {
    }

    @Override
    public String toString() {
        return "TaskForReporting[" + workitemUid + ", " + readType.code() + ", " + state + "]";
    }
}
