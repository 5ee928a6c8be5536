package org.telerad.shared.audit;

/** DICOM EventActionCode: Create, Read, Update, Delete, Execute. */
public enum AuditAction {
    CREATE("C"), READ("R"), UPDATE("U"), DELETE("D"), EXECUTE("E");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The action with this DICOM code, or empty for a code this version does not know. */
    public static java.util.Optional<AuditAction> ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return java.util.Optional.of(action);
            }
        }
        return java.util.Optional.empty();
    }
}
