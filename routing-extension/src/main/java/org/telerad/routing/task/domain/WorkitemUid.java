package org.telerad.routing.task.domain;

import java.math.BigInteger;
import java.util.Objects;
import java.util.UUID;

import org.telerad.shared.problem.TeleradException;

/**
 * The UPS SOP Instance UID of a reading task. Telerad assigns it ({@code 2.25.<UUID as decimal>}, PS3.5
 * B.2) unless the creator proposed one; it never changes and addresses the workitem in UPS-RS.
 */
public record WorkitemUid(String value) {

    public WorkitemUid {
        Objects.requireNonNull(value, "value");
        if (!Uids.isValid(value)) {
            throw TeleradException.invalid("TELERAD-TASK-001", "workitem",
                    "The workitem UID is not a DICOM UID (digits and dots, at most 64 characters).");
        }
    }

    public static WorkitemUid of(String value) {
        return new WorkitemUid(value == null ? null : value.strip());
    }

    /** A new UID derived from a random UUID. */
    public static WorkitemUid generate() {
        return fromUuid(UUID.randomUUID());
    }

    static WorkitemUid fromUuid(UUID uuid) {
        BigInteger high = BigInteger.valueOf(uuid.getMostSignificantBits()).and(UNSIGNED_64);
        BigInteger low = BigInteger.valueOf(uuid.getLeastSignificantBits()).and(UNSIGNED_64);
        return new WorkitemUid("2.25." + high.shiftLeft(64).or(low));
    }

    private static final BigInteger UNSIGNED_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @Override
    public String toString() {
        return value;
    }
}
