package org.telerad.registry.eligibility.domain;

import org.telerad.registry.api.ReadType;

/**
 * A privilege may allow preliminary reads only (or final reads only); an empty list allows both. A
 * preliminary-only reader cannot take a final read.
 */
public final class PrivilegeCoversReadType implements EligibilityPolicy {

    public static final String NAME = "PrivilegeCoversReadType";

    public static final RejectionReason FINAL_NOT_ALLOWED = RejectionReason.of(NAME, "TELERAD-ELIG-050",
            d -> "The privilege at " + d.facilityLabel() + " allows preliminary reads only; this is a final read.");
    public static final RejectionReason PRELIMINARY_NOT_ALLOWED = RejectionReason.of(NAME, "TELERAD-ELIG-051",
            d -> "The privilege at " + d.facilityLabel() + " allows final reads only; this is a preliminary read.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean judgesPrivilegeScope() {
        return true;
    }

    @Override
    public Verdict evaluate(Candidate candidate, ReadContext read) {
        PrivilegeRecord p = candidate.privilegeOrNull();
        if (p == null || p.allows(read.readType())) {
            return Verdict.ALLOWED;
        }
        return read.reject(read.readType() == ReadType.FINAL ? FINAL_NOT_ALLOWED : PRELIMINARY_NOT_ALLOWED);
    }
}
