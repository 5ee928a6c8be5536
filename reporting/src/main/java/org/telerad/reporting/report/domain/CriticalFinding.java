package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.telerad.shared.problem.TeleradException;

/**
 * A critical (actionable) finding recorded on a report, with its ACR category and, once documented, its
 * communication. Immutable: {@link #communicated} answers a new finding.
 */
public record CriticalFinding(UUID id, AcrCategory category, String description, String workitemUid,
        String recordedBy, Instant recordedAt, Communication communication) {

    /** The longest description, in characters. */
    public static final int MAX_DESCRIPTION = 2_000;

    public CriticalFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        description = description == null ? null : description.strip();
        if (description == null || description.isEmpty()) {
            throw TeleradException.invalid("TELERAD-REPORT-031", "description", "Describe the critical finding");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw TeleradException.invalid("TELERAD-REPORT-031", "description",
                    "The description has " + description.length() + " characters; at most " + MAX_DESCRIPTION
                            + " are allowed");
        }
    }

    public boolean isCommunicated() {
        return communication != null;
    }

    /** This finding with its communication documented. */
    CriticalFinding communicated(Communication c) {
        if (category == AcrCategory.CATEGORY_1 && c.method() != CommunicationMethod.TELEPHONE
                && c.method() != CommunicationMethod.IN_PERSON && c.method() != CommunicationMethod.VIDEO_CALL) {
            throw TeleradException.invalid("TELERAD-REPORT-035", "method", "A category 1 finding is communicated"
                    + " directly and verbally: by telephone, in person or by video call");
        }
        return new CriticalFinding(id, category, description, workitemUid, recordedBy, recordedAt, c);
    }

    @Override
    public String toString() {
        return "CriticalFinding[" + id + ", " + category + "]";
    }
}
