package org.telerad.routing.assignment.domain;

/** Re-routing never hands a task back to a reader who released it. */
public final class NotReleasedBy implements AssignmentPolicy {

    public static final String NAME = "NotReleasedBy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(ReaderAtDecision reader, RoutingRequest request, double studyEffort) {
        return request.releasedBy().contains(reader.radiologistId())
                ? Verdict.rejected(NAME, RoutingCodes.RELEASED, "Released this task earlier; it goes to someone else.")
                : Verdict.ALLOWED;
    }
}
