package org.telerad.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One signed, immutable version of a report with everything a result message needs: identifiers of the
 * order, study and patient, the interpreters and the text. Personal data: {@link #toString()} prints none.
 *
 * <p>{@code reportId} is stable across versions: the EHR's DiagnosticReport / OBR is created by the first
 * version and updated by the next ones (same identifier {@code urn:telerad:report|reportId}).
 * {@code principalInterpreter} is the signer of this version (OBR-32); {@code assistantInterpreter} the
 * preliminary reader when a different radiologist signed the final (OBR-33), else null.
 */
public record SignedReportVersion(UUID reportId, int version, ReportStatus status, Instant signedAt,
        String workitemUid, String studyInstanceUid, String accessionNumber, String accessionIssuer,
        String facilityCode, PatientIdentity patient, Interpreter principalInterpreter,
        Interpreter assistantInterpreter, Sections sections, List<CriticalFinding> criticalFindings,
        String templateId, int templateVersion) {

    public SignedReportVersion {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(principalInterpreter, "principalInterpreter");
        Objects.requireNonNull(sections, "sections");
        criticalFindings = List.copyOf(criticalFindings);
    }

    /** The patient as the task knows them (any part may be null); DICOM PN text {@code Family^Given}. */
    public record PatientIdentity(String id, String issuer, String name, LocalDate birthDate, String sex) {
        @Override
        public String toString() {
            return "PatientIdentity[redacted]";
        }
    }

    /** A radiologist: registry id, NPI (may be null), family and given names, Keycloak username. */
    public record Interpreter(UUID radiologistId, String npi, String familyName, String givenName,
            String username) {
    }

    /**
     * The report text; {@code impression} is never blank in a signed version. {@code addenda} are the signed
     * addenda up to this version, oldest first (empty before the first addendum); an AMENDED version that
     * corrects the text has the corrected sections and {@code correctionReason} says why (else null).
     */
    public record Sections(String clinicalInformation, String technique, String comparison, String findings,
            String impression, List<Addendum> addenda, String correctionReason) {

        public Sections {
            addenda = addenda == null ? List.of() : List.copyOf(addenda);
        }

        /** Sections without addenda or correction. */
        public Sections(String clinicalInformation, String technique, String comparison, String findings,
                String impression) {
            this(clinicalInformation, technique, comparison, findings, impression, List.of(), null);
        }
    }

    /** An addendum signed after the final: its text, who signed it ({@code Given Family}) and when. */
    public record Addendum(String text, String signedBy, Instant signedAt) {
    }

    /**
     * A critical finding and its documented communication (ACR category 1, 2 or 3; {@code communicatedTo},
     * {@code communicatedAt}, {@code method} and {@code readBack} null until documented).
     */
    public record CriticalFinding(UUID id, int category, String description, String communicatedTo,
            Instant communicatedAt, String method, Boolean readBack) {
    }

    @Override
    public String toString() {
        return "SignedReportVersion[" + reportId + " v" + version + " " + status + "]";
    }
}
