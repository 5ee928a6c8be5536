package org.telerad.routing.task.domain;

import java.util.Optional;

/** UPS Procedure Step State (0074,1000): SCHEDULED → IN PROGRESS → COMPLETED or CANCELED (PS3.4 CC.1.1). */
public enum ProcedureStepState {
    SCHEDULED("SCHEDULED"), IN_PROGRESS("IN PROGRESS"), COMPLETED("COMPLETED"), CANCELED("CANCELED");

    private final String dicom;

    ProcedureStepState(String dicom) {
        this.dicom = dicom;
    }

    /** The defined term as DICOM writes it ({@code IN PROGRESS} with a space). */
    public String dicom() {
        return dicom;
    }

    /** COMPLETED and CANCELED are final: the task may no longer change. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELED;
    }

    /** The state for a defined term; also accepts {@code IN_PROGRESS}. */
    public static Optional<ProcedureStepState> ofDicom(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('_', ' ');
        for (ProcedureStepState s : values()) {
            if (s.dicom.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
