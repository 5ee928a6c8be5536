package org.telerad.registry.eligibility.domain;

/** A privilege limited to some modalities does not extend to others (an empty list means any modality). */
public final class PrivilegeCoversModality implements EligibilityPolicy {

    public static final String NAME = "PrivilegeCoversModality";

    public static final RejectionReason MODALITY_NOT_COVERED = RejectionReason.of(NAME, "TELERAD-ELIG-040",
            d -> "The privilege at " + d.facilityLabel() + " does not cover " + d.modality().code() + " studies.");

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
        return p == null || p.coversModality(read.modality()) ? Verdict.ALLOWED
                : read.reject(MODALITY_NOT_COVERED);
    }
}
