package org.telerad.routing.orthanc.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;

/**
 * A study as Orthanc's REST API describes it: its main tags, those of its first instance that intake needs
 * (Institution Name, Issuer of Patient ID, Requested Procedure Priority) and the calling AE title it was received
 * from. Any attribute but the UIDs may be null. Personal data: {@link #toString()} prints none of it.
 */
public record OrthancStudy(String orthancId, String studyInstanceUid, String accessionNumber, Patient patient,
        String studyDescription, String institutionName, String referringPhysicianName,
        String requestedProcedurePriority, String callingAeTitle, List<OrthancSeries> series) {

    public OrthancStudy {
        Objects.requireNonNull(orthancId, "orthancId");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        patient = patient == null ? Patient.unknown() : patient;
        accessionNumber = OrthancSeries.blankToNull(accessionNumber);
        studyDescription = OrthancSeries.blankToNull(studyDescription);
        institutionName = OrthancSeries.blankToNull(institutionName);
        referringPhysicianName = OrthancSeries.blankToNull(referringPhysicianName);
        requestedProcedurePriority = OrthancSeries.blankToNull(requestedProcedurePriority);
        callingAeTitle = OrthancSeries.blankToNull(callingAeTitle);
        series = List.copyOf(series);
    }

    /** Institution names to recognise the facility by (the study's, when known). */
    public List<String> institutionNames() {
        return institutionName == null ? List.of() : List.of(institutionName);
    }

    /**
     * The reading request for this study, as received by the archive {@code archiveName} with AE title
     * {@code archiveAeTitle} (the Retrieve AE of every series).
     */
    public ReadingRequest toReadingRequest(Priority priority, InputReadiness readiness, String archiveName,
            String archiveAeTitle) {
        List<InputSeries> inputs = new ArrayList<>();
        String modality = null;
        String bodyPart = null;
        for (OrthancSeries s : series) {
            inputs.add(new InputSeries(studyInstanceUid, s.seriesInstanceUid(), archiveAeTitle,
                    s.sopInstanceUids().stream().map(uid -> new InputSeries.Instance(null, uid)).toList()));
            if (modality == null && s.modality() != null && !NON_IMAGING.contains(s.modality())) {
                modality = s.modality();
                bodyPart = s.bodyPart();
            }
        }
        StudyFacts facts = new StudyFacts(modality, bodyPart, institutionName, studyDescription);
        String label = studyDescription != null ? studyDescription : (modality != null ? modality + " read" : null);
        return new ReadingRequest(studyInstanceUid, null, patient, new ReferencedRequest(accessionNumber, null, null,
                studyDescription, referringPhysicianName), inputs, label, null, priority, readiness, null, facts,
                null, null, archiveName);
    }

    private static final List<String> NON_IMAGING = List.of("SR", "PR", "KO", "DOC", "REG", "SEG");

    /** A birth date as DICOM DA (YYYYMMDD), leniently: anything else is unknown. */
    public static LocalDate birthDate(String da) {
        if (da == null || !da.strip().matches("\\d{8}")) {
            return null;
        }
        String d = da.strip();
        try {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "OrthancStudy[" + orthancId + ", " + series.size() + " series]";
    }
}
