package org.telerad.routing.task.domain;

import java.util.Objects;

import org.telerad.shared.problem.TeleradException;

/**
 * The Transaction UID (0008,1195) a performer chose when it claimed a task: the lock that every later change
 * of the IN PROGRESS task must present (PS3.4 CC.1.1). Known only to the performer and Telerad.
 */
public record TransactionUid(String value) {

    public TransactionUid {
        Objects.requireNonNull(value, "value");
        if (!Uids.isValid(value)) {
            throw TeleradException.invalid("TELERAD-TASK-002", "(0008,1195)",
                    "The Transaction UID is not a DICOM UID (digits and dots, at most 64 characters).");
        }
    }

    public static TransactionUid of(String value) {
        return new TransactionUid(value == null ? null : value.strip());
    }

    /** Never printed: knowing it is owning the task. */
    @Override
    public String toString() {
        return "TransactionUid[...]";
    }
}
