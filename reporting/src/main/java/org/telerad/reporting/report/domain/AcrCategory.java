package org.telerad.reporting.report.domain;

import java.time.Duration;

import org.telerad.shared.problem.TeleradException;

/**
 * The ACR category of an actionable (critical) finding and how soon it is communicated: category 1 within
 * minutes, directly and verbally (e.g. intracranial haemorrhage); category 2 within hours; category 3 within
 * days (ACR practice parameter on communication; Larson et al., JACR 2014).
 */
public enum AcrCategory {
    CATEGORY_1(1, Duration.ofMinutes(60)), CATEGORY_2(2, Duration.ofHours(24)), CATEGORY_3(3, Duration.ofDays(7));

    private final int number;
    private final Duration communicateWithin;

    AcrCategory(int number, Duration communicateWithin) {
        this.number = number;
        this.communicateWithin = communicateWithin;
    }

    public int number() {
        return number;
    }

    /** The default time to communicate (the SLA monitor's contract may set another). */
    public Duration communicateWithin() {
        return communicateWithin;
    }

    /** The category numbered 1, 2 or 3; anything else is refused (TELERAD-REPORT-030). */
    public static AcrCategory of(Integer number) {
        if (number != null) {
            for (AcrCategory c : values()) {
                if (c.number == number) {
                    return c;
                }
            }
        }
        throw TeleradException.invalid("TELERAD-REPORT-030", "category",
                "'" + number + "' is not an ACR critical finding category; use 1, 2 or 3");
    }
}
