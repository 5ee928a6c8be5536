package org.telerad.sla.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Compliance of one or more facilities over a period: figures for all tasks and per priority, modality and read
 * type, and the breaches with their causes (at most {@link #MAX_BREACHES}, oldest first; {@code breachesTruncated}
 * says when there were more). {@code facilities} lists the facilities the report covers (empty = every facility).
 * Computed at {@code at}: running clocks are judged against that instant.
 */
public record TurnaroundReport(List<String> facilities, ReportPeriod period, Instant at, TurnaroundFigures overall,
        List<TurnaroundFigures> byPriority, List<TurnaroundFigures> byModality, List<TurnaroundFigures> byReadType,
        List<Breach> breaches, boolean breachesTruncated) {

    public static final int MAX_BREACHES = 1000;

    public TurnaroundReport {
        facilities = List.copyOf(facilities);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(overall, "overall");
        byPriority = List.copyOf(byPriority);
        byModality = List.copyOf(byModality);
        byReadType = List.copyOf(byReadType);
        breaches = List.copyOf(breaches);
    }

    /** Every row of figures: overall first, then by priority, modality and read type. */
    public List<TurnaroundFigures> allFigures() {
        List<TurnaroundFigures> all = new java.util.ArrayList<>();
        all.add(overall);
        all.addAll(byPriority);
        all.addAll(byModality);
        all.addAll(byReadType);
        return all;
    }
}
