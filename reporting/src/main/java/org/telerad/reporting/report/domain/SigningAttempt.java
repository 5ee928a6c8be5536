package org.telerad.reporting.report.domain;

import java.util.Objects;

import org.telerad.registry.api.ReadType;

/**
 * One attempt to sign: who signs, what kind of signature, the task it is made on (its read type, UPS state and
 * who claimed it) and the signer's standing in the registry at that instant.
 *
 * @param taskState the UPS state name ({@code IN_PROGRESS}, {@code COMPLETED}, ...)
 */
public record SigningAttempt(String signer, SignatureKind kind, ReadType taskReadType, String taskState,
        String taskClaimedBy, SignerStanding standing) {

    public SigningAttempt {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(taskReadType, "taskReadType");
        Objects.requireNonNull(taskState, "taskState");
        Objects.requireNonNull(standing, "standing");
    }
}
