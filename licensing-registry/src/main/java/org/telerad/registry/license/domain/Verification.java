package org.telerad.registry.license.domain;

import java.time.Instant;
import java.util.Objects;

import org.telerad.shared.problem.TeleradException;

/** Primary-source verification: when the license was confirmed with its issuer, and by whom. */
public record Verification(Instant verifiedAt, String verifiedBy) {

    public Verification {
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        if (verifiedBy == null || verifiedBy.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "verification/verifiedBy",
                    "who verified the license is required");
        }
        verifiedBy = verifiedBy.strip();
        if (verifiedBy.length() > 255) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "verification/verifiedBy",
                    "verifiedBy is longer than 255 characters");
        }
    }
}
