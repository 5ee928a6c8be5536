package org.telerad.registry.eligibility.domain;

/**
 * A study that needs subspecialties (neuro, msk, ...) goes to a radiologist who holds every one of them and
 * whose privilege at the facility, when it narrows subspecialties, includes them: the effective
 * subspecialties are the radiologist's, intersected with the privilege's list when it has one.
 */
public final class HoldsRequiredSubspecialty implements EligibilityPolicy {

    public static final String NAME = "HoldsRequiredSubspecialty";

    public static final RejectionReason NOT_HELD = RejectionReason.of(NAME, "TELERAD-ELIG-060",
            d -> "Does not hold every required subspecialty (" + d.requiredSubspecialtiesLabel() + ").");
    public static final RejectionReason NOT_PRIVILEGED = RejectionReason.of(NAME, "TELERAD-ELIG-061",
            d -> "The privilege at " + d.facilityLabel() + " does not extend to every required subspecialty ("
                    + d.requiredSubspecialtiesLabel() + ").");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean concerns(ReadContext read) {
        return !read.requiredSubspecialties().isEmpty();
    }

    @Override
    public Verdict evaluate(Candidate candidate, ReadContext read) {
        if (!read.coversRequired(candidate.radiologist().subspecialties())) {
            return read.reject(NOT_HELD);
        }
        PrivilegeRecord p = candidate.privilegeOrNull();
        if (p != null && p.narrowsSubspecialties() && !read.coversRequired(p.subspecialties())) {
            return read.reject(NOT_PRIVILEGED);
        }
        return Verdict.ALLOWED;
    }
}
