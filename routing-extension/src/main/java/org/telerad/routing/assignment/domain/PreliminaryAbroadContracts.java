package org.telerad.routing.assignment.domain;

import java.util.Optional;

/**
 * Port: does a facility's contract allow a preliminary read from abroad when no locally licensed reader can
 * read in time, and from which countries? Facility contracts will live with the SLA contracts; until then
 * the application configures them ({@code -Dtelerad.routing.preliminary-abroad=...}). Thread safe.
 */
public interface PreliminaryAbroadContracts {

    Optional<PreliminaryAbroadContract> forFacility(String facilityCode);

    /** No facility allows preliminary reads from abroad. */
    static PreliminaryAbroadContracts none() {
        return code -> Optional.empty();
    }
}
