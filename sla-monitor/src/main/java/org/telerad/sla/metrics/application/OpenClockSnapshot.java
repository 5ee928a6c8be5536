package org.telerad.sla.metrics.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.telerad.sla.contract.domain.Priority;

/**
 * The running reading clocks at one instant, counted by the state of their task and by priority, and by how long
 * until they are due. Immutable.
 */
public record OpenClockSnapshot(Instant takenAt, Map<TaskState, Map<Priority, Long>> byStateAndPriority,
        Map<DueWithin, Long> byTimeToDue) {

    /** Where a task with a running clock stands. */
    public enum TaskState {
        /** Nobody was assigned yet. */
        UNASSIGNED,
        /** Assigned, not claimed. */
        ASSIGNED,
        /** Claimed (IN PROGRESS), being read. */
        IN_PROGRESS,
        /** The clock is paused (waiting for priors or clinical information). */
        PAUSED
    }

    /** Buckets of time left until due, each an upper bound; {@link #OVERDUE} is past due. */
    public enum DueWithin {
        OVERDUE("overdue"), FIVE_MINUTES("5m"), THIRTY_MINUTES("30m"), ONE_HOUR("1h"), FOUR_HOURS("4h"),
        ONE_DAY("24h"), LATER("later");

        private final String label;

        DueWithin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The bucket of a clock due in {@code seconds} (negative = overdue). */
        public static DueWithin of(double seconds) {
            if (seconds <= 0) {
                return OVERDUE;
            }
            if (seconds <= 300) {
                return FIVE_MINUTES;
            }
            if (seconds <= 1800) {
                return THIRTY_MINUTES;
            }
            if (seconds <= 3600) {
                return ONE_HOUR;
            }
            if (seconds <= 4 * 3600) {
                return FOUR_HOURS;
            }
            return seconds <= 24 * 3600 ? ONE_DAY : LATER;
        }
    }

    public OpenClockSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Map<TaskState, Map<Priority, Long>> copy = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            Map<Priority, Long> row = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                Map<Priority, Long> given = byStateAndPriority.get(s);
                row.put(p, given == null ? 0L : given.getOrDefault(p, 0L));
            }
            copy.put(s, Map.copyOf(row));
        }
        byStateAndPriority = Map.copyOf(copy);
        Map<DueWithin, Long> due = new EnumMap<>(DueWithin.class);
        for (DueWithin d : DueWithin.values()) {
            due.put(d, byTimeToDue.getOrDefault(d, 0L));
        }
        byTimeToDue = Map.copyOf(due);
    }

    public static OpenClockSnapshot empty(Instant at) {
        return new OpenClockSnapshot(at, Map.of(), Map.of());
    }

    public long count(TaskState state, Priority priority) {
        return byStateAndPriority.get(state).get(priority);
    }

    public long dueWithin(DueWithin bucket) {
        return byTimeToDue.get(bucket);
    }
}
