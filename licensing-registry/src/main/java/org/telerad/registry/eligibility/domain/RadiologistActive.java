package org.telerad.registry.eligibility.domain;

/** A deactivated radiologist reads nothing, whatever their licenses and privileges. */
public final class RadiologistActive implements EligibilityPolicy {

    public static final String NAME = "RadiologistActive";

    public static final RejectionReason DEACTIVATED = RejectionReason.of(NAME, "TELERAD-ELIG-010",
            d -> "The radiologist's registry record is deactivated.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean judgesByFacilityAndDateOnly() {
        return true;
    }

    @Override
    public Verdict evaluate(Candidate candidate, ReadContext read) {
        return candidate.radiologistActive() ? Verdict.ALLOWED : read.reject(DEACTIVATED);
    }
}
