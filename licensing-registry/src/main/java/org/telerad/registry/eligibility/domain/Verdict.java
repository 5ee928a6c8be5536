package org.telerad.registry.eligibility.domain;

import java.util.Objects;

import org.telerad.registry.api.EligibilityRejection;

/** What one {@link EligibilityPolicy} says about one candidate: {@link Allowed} or {@link Rejected} with why. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Rejected {

    /** The policy has no objection. */
    Verdict ALLOWED = Allowed.INSTANCE;

    default boolean isAllowed() {
        return this == ALLOWED;
    }

    /** The only "allowed" verdict. */
    enum Allowed implements Verdict {
        INSTANCE
    }

    /**
     * The policy excludes the candidate, for the reason given. Obtain instances from
     * {@link ReadContext#reject(RejectionReason)}, which renders each reason once per decision.
     */
    record Rejected(RejectionReason reason, EligibilityRejection rejection) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
