package org.telerad.sla.contract.domain;

import org.telerad.shared.problem.TeleradException;

/** The stable error codes of the SLA monitor, one per refusal, each with the field it names. */
public final class SlaErrors {

    public static final String FACILITY_CODE = "TELERAD-SLA-001";
    public static final String TARGET_NOT_POSITIVE = "TELERAD-SLA-002";
    public static final String TARGET_ABOVE_CEILING = "TELERAD-SLA-003";
    public static final String WARNING_SHARE = "TELERAD-SLA-004";
    public static final String LADDER_OUT_OF_ORDER = "TELERAD-SLA-005";
    public static final String CEILING = "TELERAD-SLA-006";
    public static final String MAXIMUM_WAIT = "TELERAD-SLA-007";
    public static final String DUPLICATE_TARGET = "TELERAD-SLA-008";
    public static final String VERSION = "TELERAD-SLA-009";
    public static final String STEP_SHARE = "TELERAD-SLA-010";
    public static final String MISSING = "TELERAD-SLA-011";
    public static final String PAUSE_OPEN = "TELERAD-SLA-020";
    public static final String NOT_PAUSED = "TELERAD-SLA-021";
    public static final String CLOCK_STOPPED = "TELERAD-SLA-022";
    public static final String BEFORE_START = "TELERAD-SLA-023";
    public static final String NO_START_EVIDENCE = "TELERAD-SLA-024";
    public static final String TIME_RUNS_BACKWARDS = "TELERAD-SLA-025";
    public static final String FOREIGN_TIMER = "TELERAD-SLA-030";
    public static final String CLAIM_LIMIT = "TELERAD-SLA-031";
    public static final String TIMER_STORE_UNAVAILABLE = "TELERAD-SLA-032";
    // contracts through the API and turnaround reports (040-059)
    public static final String UNKNOWN_FACILITY = "TELERAD-SLA-040";
    public static final String UNKNOWN_VERSION = "TELERAD-SLA-041";
    public static final String IF_MATCH_REQUIRED = "TELERAD-SLA-042";
    public static final String STALE_VERSION = "TELERAD-SLA-043";
    public static final String FORBIDDEN = "TELERAD-SLA-044";
    public static final String MALFORMED_VALUE = "TELERAD-SLA-045";
    public static final String REPORT_PERIOD = "TELERAD-SLA-046";
    public static final String CONTRACT_STORE_UNAVAILABLE = "TELERAD-SLA-047";
    public static final String REPORT_FORMAT = "TELERAD-SLA-048";
    public static final String REPORT_UNAVAILABLE = "TELERAD-SLA-049";

    private SlaErrors() {
    }

    static TeleradException invalid(String code, String field, String sentence) {
        return TeleradException.invalid(code, field, sentence);
    }

    /** A field is required: refused with {@link #MISSING} naming it. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw TeleradException.invalid(MISSING, field, field + " is required");
        }
        return value;
    }
}
