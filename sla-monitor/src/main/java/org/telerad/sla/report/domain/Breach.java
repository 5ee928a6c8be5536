package org.telerad.sla.report.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One task that missed its target (or is still running past its due instant), with where its time went.
 * Phase times are milliseconds up to the stop (or the report instant while the clock runs); a phase the task
 * never reached is null. {@link #mainCause()} is the phase that took longest.
 */
public record Breach(String workitemUid, String facilityCode, String priority, String readType, String modality,
        int contractVersion, long targetMs, Instant startedAt, Instant dueAt, Instant stoppedAt, Instant breachedAt,
        int escalations, int reassignments, Long unassignedMs, Long timeToClaimMs, Long readingMs, long pausedMs,
        String pauseReasons) {

    public Breach {
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** True while the clock still runs (past due). */
    public boolean open() {
        return stoppedAt == null;
    }

    /** How long past due the task was (or is, at {@code now}) in milliseconds. */
    public long overdueMs(Instant now) {
        Instant end = stoppedAt != null ? stoppedAt : now;
        return Math.max(0, end.toEpochMilli() - dueAt.toEpochMilli());
    }

    /** The phase that took the longest; ties go to the earlier phase. */
    public BreachCause mainCause() {
        Map<BreachCause, Long> phases = new EnumMap<>(BreachCause.class);
        phases.put(BreachCause.UNASSIGNED, unassignedMs == null ? 0 : unassignedMs);
        phases.put(BreachCause.WAITING_FOR_CLAIM, timeToClaimMs == null ? 0 : timeToClaimMs);
        phases.put(BreachCause.READING, readingMs == null ? 0 : readingMs);
        phases.put(BreachCause.PAUSED, pausedMs);
        BreachCause longest = BreachCause.UNASSIGNED;
        for (Map.Entry<BreachCause, Long> e : phases.entrySet()) {
            if (e.getValue() > phases.get(longest)) {
                longest = e.getKey();
            }
        }
        return longest;
    }
}
