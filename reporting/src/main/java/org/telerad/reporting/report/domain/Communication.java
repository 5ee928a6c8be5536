package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * The documented communication of a critical finding: to whom (name and role, e.g. "Dr. Lee, ED attending"),
 * when, how, and whether the recipient read the finding back; {@code documentedBy} and {@code documentedAt} say
 * who wrote it down and when. A category 1 finding must be communicated directly (telephone, in person, video).
 */
public record Communication(String communicatedTo, Instant communicatedAt, CommunicationMethod method,
        boolean readBack, String documentedBy, Instant documentedAt) {

    /** The longest recipient description, in characters. */
    public static final int MAX_RECIPIENT = 200;

    public Communication {
        List<FieldViolation> violations = new ArrayList<>();
        communicatedTo = communicatedTo == null ? null : communicatedTo.strip();
        if (communicatedTo == null || communicatedTo.isEmpty()) {
            violations.add(new FieldViolation("communicatedTo", "say to whom the finding was communicated"));
        } else if (communicatedTo.length() > MAX_RECIPIENT) {
            violations.add(new FieldViolation("communicatedTo", "at most " + MAX_RECIPIENT + " characters"));
        }
        if (communicatedAt == null) {
            violations.add(new FieldViolation("communicatedAt", "say when the finding was communicated"));
        }
        if (method == null) {
            violations.add(new FieldViolation("method", "say how the finding was communicated"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-REPORT-034", "The communication is incomplete: "
                    + violations.get(0).message() + ".", violations);
        }
        Objects.requireNonNull(documentedBy, "documentedBy");
        Objects.requireNonNull(documentedAt, "documentedAt");
    }

    @Override
    public String toString() {
        return "Communication[" + method + ", readBack " + readBack + "]";
    }
}
