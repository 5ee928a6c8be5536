package org.telerad.shared.audit;

/** DICOM EventOutcomeIndicator. */
public enum AuditOutcome {
    SUCCESS(0), MINOR_FAILURE(4), SERIOUS_FAILURE(8), MAJOR_FAILURE(12);

    private final int code;

    AuditOutcome(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
