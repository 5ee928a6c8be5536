package org.telerad.sla.report.application;

import java.time.Instant;
import java.util.Set;

import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundReport;

/** Computes turnaround reports from the reading clocks (in SQL, where the clocks are). */
public interface TurnaroundStatistics {

    /**
     * The report of the clocks that started in {@code period} at the given facilities ({@code facilities} empty =
     * every facility), judged at {@code now}. Canceled clocks are left out.
     */
    TurnaroundReport report(Set<String> facilities, ReportPeriod period, Instant now);
}
