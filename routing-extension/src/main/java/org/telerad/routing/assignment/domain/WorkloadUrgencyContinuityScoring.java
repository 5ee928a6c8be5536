package org.telerad.routing.assignment.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Picks one reader (push assignment: readers never choose their studies, which avoids cherry-picking).
 * Score = workload + urgency + continuity, where workload = −open effort, urgency = −open effort × (load
 * multiplier of the priority − 1), continuity = bonus × continuity factor of the priority when the reader
 * already holds an open task of this patient. So routine work favours continuity, STAT goes to the least
 * loaded. Ties are broken by lower open effort, then by radiologist id, so the same inputs always give the
 * same reader.
 */
public final class WorkloadUrgencyContinuityScoring {

    /** Best first. */
    public static final Comparator<ScoredCandidate> BEST_FIRST = Comparator
            .comparingDouble((ScoredCandidate c) -> -c.score().total())
            .thenComparingDouble(ScoredCandidate::openEffort)
            .thenComparing(ScoredCandidate::radiologistId);

    private final ScoringWeights weights;

    public WorkloadUrgencyContinuityScoring(ScoringWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public Score score(ReaderAtDecision reader, ReadingPriority priority) {
        double workload = -reader.openEffort();
        double urgency = -reader.openEffort() * (weights.loadMultiplier(priority) - 1.0);
        double continuity = reader.patientTasks() > 0 ? weights.continuityBonus() * weights.continuityFactor(priority)
                : 0.0;
        return Score.of(workload, urgency + 0.0, continuity);
    }

    public ScoredCandidate scored(ReaderAtDecision reader, ReadingPriority priority, boolean abroad) {
        return new ScoredCandidate(reader.radiologistId(), reader.name(), reader.username(), reader.openEffort(),
                reader.patientTasks(), score(reader, priority), abroad);
    }
}
