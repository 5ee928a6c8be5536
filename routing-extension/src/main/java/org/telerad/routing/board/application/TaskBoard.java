package org.telerad.routing.board.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Port: the open work of some facilities (null: all, including tasks without a recognised facility). */
public interface TaskBoard {

    Snapshot snapshot(Set<String> facilities, Instant now, Instant riskUntil, int atRiskLimit);

    /** Open tasks of one facility, priority and state. */
    record Count(String facility, String priority, String state, long tasks) {
    }

    /** An open task due before the risk horizon (or already overdue). */
    record AtRisk(String taskId, String facility, String priority, String modality, String state, Instant dueAt,
            String performerUsername, String performerName) {
    }

    /** A radiologist's open tasks and their routing effort. */
    record Load(String username, String name, long scheduled, long inProgress, double effort) {
    }

    record Snapshot(List<Count> counts, List<AtRisk> atRisk, List<Load> load) {
        public Snapshot {
            counts = List.copyOf(counts);
            atRisk = List.copyOf(atRisk);
            load = List.copyOf(load);
        }
    }
}
