package org.telerad.sla.report.domain;

import java.time.Duration;
import java.time.Instant;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.SlaErrors;

/**
 * The period a turnaround report covers: the clocks that started in {@code [from, to)}. At most
 * {@value #MAX_DAYS} days, so one report stays one indexed range scan.
 */
public record ReportPeriod(Instant from, Instant to) {

    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        SlaErrors.required(from, "from");
        SlaErrors.required(to, "to");
        if (!from.isBefore(to)) {
            throw TeleradException.invalid(SlaErrors.REPORT_PERIOD, "to", "the period must end after it starts");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw TeleradException.invalid(SlaErrors.REPORT_PERIOD, "from",
                    "a report covers at most " + MAX_DAYS + " days; ask for several periods");
        }
    }

    /** The {@code days} days before {@code end}. */
    public static ReportPeriod daysBefore(Instant end, int days) {
        return new ReportPeriod(end.minus(Duration.ofDays(days)), end);
    }
}
