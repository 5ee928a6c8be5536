package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.Objects;

import org.telerad.shared.problem.TeleradException;

/** Text added to a final report by a signed amendment: what, by whom ({@code Given Family}), when. */
public record Addendum(String text, String signedBy, Instant signedAt) {

    /** The longest addendum, in characters. */
    public static final int MAX_TEXT = ReportContent.MAX_SECTION;

    public Addendum {
        text = text == null ? null : text.strip();
        if (text == null || text.isEmpty()) {
            throw TeleradException.invalid("TELERAD-REPORT-012", "text", "An addendum needs text");
        }
        if (text.length() > MAX_TEXT) {
            throw TeleradException.invalid("TELERAD-REPORT-010", "text",
                    "The addendum has " + text.length() + " characters; at most " + MAX_TEXT + " are allowed");
        }
        Objects.requireNonNull(signedAt, "signedAt");
    }

    @Override
    public String toString() {
        return "Addendum[" + signedAt + "]";
    }
}
