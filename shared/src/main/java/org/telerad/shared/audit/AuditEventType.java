package org.telerad.shared.audit;

/** DICOM PS3.15 A.5 / CID 400 audit event IDs (code scheme DCM). */
public enum AuditEventType {
    APPLICATION_ACTIVITY("110100", "Application Activity"),
    DICOM_INSTANCES_ACCESSED("110103", "DICOM Instances Accessed"),
    EXPORT("110106", "Export"),
    IMPORT("110107", "Import"),
    PATIENT_RECORD("110110", "Patient Record"),
    PROCEDURE_RECORD("110111", "Procedure Record"),
    QUERY("110112", "Query"),
    SECURITY_ALERT("110113", "Security Alert"),
    USER_AUTHENTICATION("110114", "User Authentication");

    private final String code;
    private final String meaning;

    AuditEventType(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The event type with this DICOM code, or empty for a code this version does not know. */
    public static java.util.Optional<AuditEventType> ofCode(String code) {
        for (AuditEventType type : values()) {
            if (type.code.equals(code)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
