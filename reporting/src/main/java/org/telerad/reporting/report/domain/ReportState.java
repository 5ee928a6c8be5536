package org.telerad.reporting.report.domain;

import org.telerad.reporting.api.ReportStatus;

/**
 * Where a report is in its life: DRAFT (never signed) → PRELIMINARY (a preliminary version signed) → FINAL →
 * AMENDED (an addendum or a correction signed after the final). A report never goes back.
 */
public enum ReportState {
    DRAFT, PRELIMINARY, FINAL, AMENDED;

    /** True once a final version exists: the text changes only through addenda and corrections. */
    public boolean isFinalised() {
        return this == FINAL || this == AMENDED;
    }

    /** The state a signed version of this status leads to. */
    static ReportState after(ReportStatus status) {
        return switch (status) {
            case PRELIMINARY -> PRELIMINARY;
            case FINAL -> FINAL;
            case AMENDED -> AMENDED;
        };
    }
}
