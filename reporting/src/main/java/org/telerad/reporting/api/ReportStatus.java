package org.telerad.reporting.api;

/**
 * The status of a signed report version, as the EHR sees it: FHIR DiagnosticReport.status
 * ({@code preliminary | final | amended}) and HL7 v2 OBR-25 ({@code P | F | C}).
 */
public enum ReportStatus {
    PRELIMINARY("preliminary", "P"),
    FINAL("final", "F"),
    AMENDED("amended", "C");

    private final String fhirCode;
    private final String hl7ResultStatus;

    ReportStatus(String fhirCode, String hl7ResultStatus) {
        this.fhirCode = fhirCode;
        this.hl7ResultStatus = hl7ResultStatus;
    }

    /** DiagnosticReport.status code. */
    public String fhirCode() {
        return fhirCode;
    }

    /** OBR-25 Result Status (HL7 table 0123). */
    public String hl7ResultStatus() {
        return hl7ResultStatus;
    }
}
