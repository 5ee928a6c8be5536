package org.telerad.sla.report.rest;

import java.time.Instant;
import java.util.List;

import org.telerad.sla.report.domain.Breach;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;

/**
 * A turnaround report on the wire. Times are milliseconds ({@code p50Ms}, {@code readingMs}), shares lie in 0..1,
 * instants are ISO-8601 UTC. {@code facilities} empty = every facility.
 */
public record TurnaroundReportJson(List<String> facilities, Instant from, Instant to, Instant at, Figures overall,
        List<Figures> byPriority, List<Figures> byModality, List<Figures> byReadType, List<BreachJson> breaches,
        boolean breachesTruncated) {

    /** The figures of one group; {@code value} is the priority, modality or read type (absent for overall). */
    public record Figures(String value, long tasks, long completed, long withinTarget, Double shareWithinTarget,
            long breached, long running, Long p50Ms, Long p90Ms, Long p99Ms) {

        static Figures of(TurnaroundFigures f) {
            return new Figures(f.value(), f.tasks(), f.completed(), f.withinTarget(), f.shareWithinTarget(),
                    f.breached(), f.running(), ms(f.p50Ms()), ms(f.p90Ms()), ms(f.p99Ms()));
        }
    }

    /** One breach: where the task's time went (phases net of pauses) and the main cause. */
    public record BreachJson(String workitemUid, String facility, String priority, String readType, String modality,
            int contractVersion, long targetMs, Instant startedAt, Instant dueAt, Instant stoppedAt, boolean open,
            long overdueMs, String mainCause, Long unassignedMs, Long timeToClaimMs, Long readingMs, long pausedMs,
            String pauseReasons, int escalations, int reassignments) {

        static BreachJson of(Breach b, Instant at) {
            return new BreachJson(b.workitemUid(), b.facilityCode(), b.priority(), b.readType(), b.modality(),
                    b.contractVersion(), b.targetMs(), b.startedAt(), b.dueAt(), b.stoppedAt(), b.open(),
                    b.overdueMs(at), b.mainCause().name(), b.unassignedMs(), b.timeToClaimMs(), b.readingMs(),
                    b.pausedMs(), b.pauseReasons(), b.escalations(), b.reassignments());
        }
    }

    static TurnaroundReportJson of(TurnaroundReport r) {
        return new TurnaroundReportJson(r.facilities(), r.period().from(), r.period().to(), r.at(),
                Figures.of(r.overall()), r.byPriority().stream().map(Figures::of).toList(),
                r.byModality().stream().map(Figures::of).toList(), r.byReadType().stream().map(Figures::of).toList(),
                r.breaches().stream().map(b -> BreachJson.of(b, r.at())).toList(), r.breachesTruncated());
    }

    static Long ms(Double value) {
        return value == null ? null : Math.round(value);
    }
}
