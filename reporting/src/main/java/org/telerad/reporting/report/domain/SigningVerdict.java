package org.telerad.reporting.report.domain;

import java.util.Objects;

/** A signing policy's answer: allowed, or rejected by a named {@code rule} with a stable code and a reason. */
public sealed interface SigningVerdict {

    /** The signature may be made. */
    record Allowed() implements SigningVerdict {
    }

    /** The signature is refused: {@code rule} names the policy, {@code code} is TELERAD-REPORT-04x. */
    record Rejected(String rule, String code, String reason) implements SigningVerdict {
        public Rejected {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static SigningVerdict allowed() {
        return new Allowed();
    }
}
