package org.telerad.registry.eligibility.domain;

import org.telerad.shared.problem.TeleradException;

/**
 * The question-level precondition: eligibility is asked about a facility the registry knows and that is
 * active. Unlike the per-radiologist policies it fails the whole question.
 */
public final class FacilityActive {

    public static final String UNKNOWN = "TELERAD-ELIG-001";
    public static final String DEACTIVATED = "TELERAD-ELIG-002";

    private FacilityActive() {
    }

    /** Rejects an unknown facility (404) or a deactivated one (422). */
    public static FacilityRecord require(String code, FacilityRecord facility) {
        if (facility == null) {
            throw TeleradException.notFound(UNKNOWN, "No facility with code '" + code + "' is registered.");
        }
        if (!facility.active()) {
            throw new TeleradException(TeleradException.Kind.UNPROCESSABLE, DEACTIVATED, "The facility '" + code
                    + "' is deactivated: none of its studies can be read through Telerad.");
        }
        return facility;
    }
}
