package org.telerad.routing.task.domain;

import org.telerad.shared.problem.TeleradException;

/**
 * Why the task state machine refuses a change, each with a stable code and the PS3.4 Annex CC status it
 * corresponds to, so UPS-RS can answer with the status PS3.18 prescribes. Messages carry no patient data.
 */
public final class TaskRefusal extends TeleradException {

    /** The refusals, with their code, kind and the DIMSE status of PS3.4 Table CC.2.1-2 / CC.2.4-2. */
    public enum Reason {
        MAY_NO_LONGER_BE_UPDATED("TELERAD-TASK-010", Kind.CONFLICT, "C300"),
        WRONG_TRANSACTION_UID("TELERAD-TASK-011", Kind.CONFLICT, "C301"),
        ALREADY_IN_PROGRESS("TELERAD-TASK-012", Kind.CONFLICT, "C302"),
        NOT_IN_PROGRESS("TELERAD-TASK-013", Kind.CONFLICT, "C310"),
        ALREADY_COMPLETED("TELERAD-TASK-014", Kind.CONFLICT, "C311"),
        ALREADY_CANCELED("TELERAD-TASK-015", Kind.CONFLICT, "C313"),
        ASSIGNED_TO_ANOTHER("TELERAD-TASK-016", Kind.CONFLICT, "C312"),
        TRANSACTION_UID_REQUIRED("TELERAD-TASK-017", Kind.INVALID, "C301"),
        CANNOT_BECOME_SCHEDULED("TELERAD-TASK-018", Kind.CONFLICT, "C303"),
        NOT_SCHEDULED("TELERAD-TASK-019", Kind.CONFLICT, "C300");

        private final String code;
        private final Kind kind;
        private final String dimseStatus;

        Reason(String code, Kind kind, String dimseStatus) {
            this.code = code;
            this.kind = kind;
            this.dimseStatus = dimseStatus;
        }

        public String code() {
            return code;
        }

        public String dimseStatus() {
            return dimseStatus;
        }
    }

    private final Reason reason;

    public TaskRefusal(Reason reason, String message) {
        super(reason.kind, reason.code, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
