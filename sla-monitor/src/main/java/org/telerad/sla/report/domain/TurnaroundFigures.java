package org.telerad.sla.report.domain;

import java.util.Objects;

/**
 * The turnaround of one group of reading tasks (all of them, one priority, one modality or one read type):
 * how many clocks started in the period, how many stopped (completed), how many of those met their target,
 * how many breached (stopped late, or still running past due), how many still run, and the 50th, 90th and 99th
 * percentile turnaround of the completed ones in milliseconds (pauses excluded; null without completed tasks).
 * {@code value} is the priority, modality or read type ({@value #UNKNOWN_MODALITY} for tasks without a
 * modality; null for {@link Dimension#ALL}).
 */
public record TurnaroundFigures(Dimension dimension, String value, long tasks, long completed, long withinTarget,
        long breached, long running, Double p50Ms, Double p90Ms, Double p99Ms) {

    public static final String UNKNOWN_MODALITY = "(unknown)";

    public TurnaroundFigures {
        Objects.requireNonNull(dimension, "dimension");
    }

    /** Share of completed tasks that met their target (0..1); null when none completed. */
    public Double shareWithinTarget() {
        return completed == 0 ? null : (double) withinTarget / completed;
    }
}
