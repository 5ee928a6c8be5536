package org.telerad.routing.assignment.domain;

/**
 * The parts of a candidate's score, higher is better: {@code workload} (minus the open effort),
 * {@code urgency} (the extra weight urgency puts on the open effort), {@code continuity} (the bonus for
 * already reading this patient) and their {@code total}.
 */
public record Score(double workload, double urgency, double continuity, double total) {

    public static Score of(double workload, double urgency, double continuity) {
        return new Score(workload, urgency, continuity, workload + urgency + continuity);
    }
}
