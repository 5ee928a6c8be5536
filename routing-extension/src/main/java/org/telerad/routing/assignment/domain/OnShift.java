package org.telerad.routing.assignment.domain;

import java.util.Objects;
import java.util.Optional;

/** A reader must be on shift at the instant of the decision ({@link Availability}). */
public final class OnShift implements AssignmentPolicy {

    public static final String NAME = "OnShift";

    private final Availability availability;

    public OnShift(Availability availability) {
        this.availability = Objects.requireNonNull(availability, "availability");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(ReaderAtDecision reader, RoutingRequest request, double studyEffort) {
        Optional<String> why = availability.unavailableBecause(reader.radiologistId(), request.facilityCode(),
                request.at());
        return why.isEmpty() ? Verdict.ALLOWED
                : Verdict.rejected(NAME, RoutingCodes.OFF_SHIFT, "Not available at " + request.at() + ": " + why.get());
    }
}
