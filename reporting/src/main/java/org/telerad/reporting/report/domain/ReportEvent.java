package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a report, in the past tense; taken from the aggregate by the application layer
 * after storing. Identifiers only, never report text or patient data.
 */
public sealed interface ReportEvent {

    UUID reportId();

    Instant occurredAt();

    /** The working draft was saved (revision {@code revision} of the report). */
    record ReportDrafted(UUID reportId, String workitemUid, long revision, Instant occurredAt)
            implements ReportEvent {
    }

    /** A version was signed: preliminary, final or amended. */
    record ReportSigned(UUID reportId, SignedVersion version, Instant occurredAt) implements ReportEvent {
    }

    /** A critical finding was recorded. */
    record CriticalFindingRecorded(UUID reportId, CriticalFinding finding, Instant occurredAt)
            implements ReportEvent {
    }

    /** A critical finding's communication was documented. */
    record CriticalFindingCommunicated(UUID reportId, CriticalFinding finding, Instant occurredAt)
            implements ReportEvent {
    }
}
