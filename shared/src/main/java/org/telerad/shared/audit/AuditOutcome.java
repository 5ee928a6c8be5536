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

    /** The outcome with this DICOM code, or empty for a code this version does not know. */
    public static java.util.Optional<AuditOutcome> ofCode(int code) {
        for (AuditOutcome outcome : values()) {
            if (outcome.code == code) {
                return java.util.Optional.of(outcome);
            }
        }
        return java.util.Optional.empty();
    }
}
