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
}
