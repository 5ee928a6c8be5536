package org.telerad.routing.assignment.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The knobs of {@link WorkloadUrgencyContinuityScoring}: per priority, how many times the open effort
 * counts against a reader ({@code loadMultiplier}: 1 for routine, more for urgent and STAT so that the least
 * loaded reader wins) and how much of {@code continuityBonus} (in effort units) a reader already reading the
 * same patient earns ({@code continuityFactor}: 1 for routine, 0 for STAT, where speed beats continuity).
 * Immutable.
 */
public record ScoringWeights(double continuityBonus, Map<ReadingPriority, Double> loadMultiplier,
        Map<ReadingPriority, Double> continuityFactor) {

    public ScoringWeights {
        if (continuityBonus < 0) {
            throw new IllegalArgumentException("the continuity bonus cannot be negative");
        }
        loadMultiplier = complete(loadMultiplier, "load multiplier", 1.0);
        continuityFactor = complete(continuityFactor, "continuity factor", 0.0);
    }

    private static Map<ReadingPriority, Double> complete(Map<ReadingPriority, Double> given, String what,
            double minimum) {
        EnumMap<ReadingPriority, Double> all = new EnumMap<>(ReadingPriority.class);
        for (ReadingPriority p : ReadingPriority.values()) {
            Double v = given == null ? null : given.get(p);
            if (v == null) {
                throw new IllegalArgumentException("the " + what + " for " + p + " is missing");
            }
            if (v < minimum) {
                throw new IllegalArgumentException("the " + what + " for " + p + " must be at least " + minimum);
            }
            all.put(p, v);
        }
        return Map.copyOf(all);
    }

    public double loadMultiplier(ReadingPriority p) {
        return loadMultiplier.get(p);
    }

    public double continuityFactor(ReadingPriority p) {
        return continuityFactor.get(p);
    }
}
