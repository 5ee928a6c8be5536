package org.telerad.routing.assignment.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A reader takes no more work once their open effort plus this study's would exceed their capacity
 * ({@link RoutingSettings#capacityOf(String)}), so push assignment never buries one reader while others idle.
 */
public final class WithinCapacity implements AssignmentPolicy {

    public static final String NAME = "WithinCapacity";

    private final RoutingSettings settings;

    public WithinCapacity(RoutingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(ReaderAtDecision reader, RoutingRequest request, double studyEffort) {
        double capacity = settings.capacityOf(reader.username());
        if (reader.openEffort() + studyEffort <= capacity + 1e-9) {
            return Verdict.ALLOWED;
        }
        return Verdict.rejected(NAME, RoutingCodes.AT_CAPACITY, String.format(Locale.ROOT,
                "At capacity: open work of %.1f effort units plus this study's %.1f exceeds the capacity of %.1f.",
                reader.openEffort(), studyEffort, capacity));
    }
}
