package org.telerad.routing.assignment.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A reader who passed every rule and was scored: their open effort, this patient's open tasks they hold,
 * the score parts, and whether they would read from abroad (a cross-border preliminary).
 */
public record ScoredCandidate(UUID radiologistId, String name, String username, double openEffort,
        int patientTasks, Score score, boolean abroad) {

    public ScoredCandidate {
        Objects.requireNonNull(radiologistId, "radiologistId");
        Objects.requireNonNull(score, "score");
    }

    public String sentence() {
        return String.format(Locale.ROOT, "%s scored %.2f (workload %.2f from %.1f open effort units, urgency %.2f,"
                + " continuity %.2f%s)%s", name, score.total(), score.workload(), openEffort, score.urgency(),
                score.continuity(), patientTasks > 0 ? " for " + patientTasks + " open task(s) of this patient" : "",
                abroad ? ", reading from abroad" : "");
    }
}
