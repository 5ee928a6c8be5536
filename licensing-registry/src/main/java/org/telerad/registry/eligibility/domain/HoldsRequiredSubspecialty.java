package org.telerad.registry.eligibility.domain;

import java.util.Set;

import org.telerad.registry.api.Subspecialty;

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
    public Verdict evaluate(Candidate candidate, ReadContext read) {
        Set<Subspecialty> required = read.requiredSubspecialties();
        if (required.isEmpty()) {
            return Verdict.ALLOWED;
        }
        if (!candidate.radiologist().holdsAll(required)) {
            return read.reject(NOT_HELD);
        }
        PrivilegeRecord p = candidate.privilegeOrNull();
        if (p != null && p.narrowsSubspecialties() && !p.subspecialties().containsAll(required)) {
            return read.reject(NOT_PRIVILEGED);
        }
        return Verdict.ALLOWED;
    }
}
