package org.telerad.routing.assignment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * What routing needs to know about one reading task: the workitem UID ({@code taskId}), the facility that
 * scanned the patient (its registry code; null when intake could not recognise it, which makes the task
 * unroutable), modality (null when the archive did not tell, also unroutable), body part and study
 * description (either may be null), the patient's age, a pseudonymous {@link PatientKey} for continuity
 * (null when there is no Patient ID), the urgency tier, the read type requested, the instant of the
 * decision, and the countries from which the facility's residency rules allow reading ({@code ISO 3166-1}
 * alpha-2; empty means anywhere), and whether a preliminary read from abroad may be arranged when no local
 * reader is free ({@code mayGoAbroad}; false for the chained final of a cross-border read, which must stay
 * local), and the readers who released this task already ({@code releasedBy}: re-routing never hands it back to
 * them). Immutable; validated on construction.
 */
public record RoutingRequest(String taskId, String facilityCode, Modality modality, String bodyPart,
        String studyDescription, PatientAge patientAge, PatientKey patientKey, ReadingPriority priority,
        ReadType readType, Instant at, Set<String> allowedReaderCountries, boolean mayGoAbroad,
        Set<UUID> releasedBy) {

    public RoutingRequest {
        List<FieldViolation> violations = new ArrayList<>();
        if (taskId == null || taskId.isBlank()) {
            violations.add(new FieldViolation("taskId", "the workitem UID of the task is required"));
        }
        if (priority == null) {
            violations.add(new FieldViolation("priority", "a priority (STAT, URGENT, ROUTINE) is required"));
        }
        if (readType == null) {
            violations.add(new FieldViolation("readType", "the requested read type is required"));
        }
        if (at == null) {
            violations.add(new FieldViolation("at", "the instant of the decision is required"));
        }
        Set<String> countries = new TreeSet<>();
        if (allowedReaderCountries != null) {
            for (String c : allowedReaderCountries) {
                String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
                if (Jurisdiction.isKnown(code) && Jurisdiction.of(code).isCountry()) {
                    countries.add(code);
                } else {
                    violations.add(new FieldViolation("allowedReaderCountries",
                            "'" + c + "' is not an ISO 3166-1 alpha-2 country code"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid(RoutingCodes.INVALID_REQUEST,
                    "The routing request is incomplete: " + violations.get(0).message() + ".", violations);
        }
        taskId = taskId.strip();
        facilityCode = facilityCode == null || facilityCode.isBlank() ? null : facilityCode.strip();
        bodyPart = bodyPart == null || bodyPart.isBlank() ? null : bodyPart.strip().toUpperCase(Locale.ROOT);
        studyDescription = studyDescription == null || studyDescription.isBlank() ? null : studyDescription.strip();
        patientAge = patientAge == null ? PatientAge.unknown() : patientAge;
        allowedReaderCountries = Set.copyOf(countries);
        releasedBy = releasedBy == null ? Set.of() : Set.copyOf(releasedBy);
    }

    /** Starts a request for a task from a facility, to be completed with the {@code with...} methods. */
    public static RoutingRequest of(String taskId, String facilityCode, Modality modality, ReadingPriority priority,
            ReadType readType, Instant at) {
        return new RoutingRequest(taskId, facilityCode, modality, null, null, PatientAge.unknown(), null, priority,
                readType, at, Set.of(), true, Set.of());
    }

    public RoutingRequest withBodyPart(String part) {
        return new RoutingRequest(taskId, facilityCode, modality, part, studyDescription, patientAge, patientKey,
                priority, readType, at, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    public RoutingRequest withStudyDescription(String description) {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, description, patientAge, patientKey,
                priority, readType, at, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    public RoutingRequest withPatient(PatientKey key, PatientAge age) {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, age, key, priority,
                readType, at, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    public RoutingRequest readableFrom(Set<String> countries) {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, patientAge, patientKey,
                priority, readType, at, countries, mayGoAbroad, releasedBy);
    }

    public RoutingRequest withReadType(ReadType type) {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, patientAge, patientKey,
                priority, type, at, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    /** The same request that may only be read by locally licensed readers (no preliminary read abroad). */
    public RoutingRequest localOnly() {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, patientAge, patientKey,
                priority, readType, at, allowedReaderCountries, false, releasedBy);
    }

    /** The same request for another task (a chained final task, for example). */
    public RoutingRequest forTask(String otherTaskId) {
        return new RoutingRequest(otherTaskId, facilityCode, modality, bodyPart, studyDescription, patientAge,
                patientKey, priority, readType, at, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    /** The same request asked at another instant. */
    public RoutingRequest at(Instant instant) {
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, patientAge, patientKey,
                priority, readType, instant, allowedReaderCountries, mayGoAbroad, releasedBy);
    }

    /** The same request, also excluding a reader who released the task (re-routing). */
    public RoutingRequest releasedBy(UUID radiologistId) {
        Set<UUID> all = new java.util.HashSet<>(releasedBy);
        all.add(Objects.requireNonNull(radiologistId, "radiologistId"));
        return new RoutingRequest(taskId, facilityCode, modality, bodyPart, studyDescription, patientAge, patientKey,
                priority, readType, at, allowedReaderCountries, mayGoAbroad, all);
    }

    /** True when residency restricts the countries readers may read from. */
    public boolean restrictsReaderCountries() {
        return !allowedReaderCountries.isEmpty();
    }

    @Override
    public String toString() {
        // no personal data: the patient appears by key prefix only
        return "RoutingRequest[task=" + taskId + ", facility=" + facilityCode + ", modality=" + modality
                + ", bodyPart=" + bodyPart + ", age=" + patientAge + ", patient=" + Objects.toString(patientKey, "-")
                + ", priority=" + priority + ", readType=" + readType + ", at=" + at + ", readerCountries="
                + allowedReaderCountries + ", mayGoAbroad=" + mayGoAbroad + ", releasedBy=" + releasedBy.size() + "]";
    }
}
