package org.telerad.reporting.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CDI event, fired synchronously inside the signing transaction: version {@code version} of report
 * {@code reportId} was signed with {@code status}. Observers that must not lose it (the delivery outbox) write
 * their rows in that same transaction; the content is read through {@link SignedReports}. Identifiers only.
 */
public record ReportVersionSigned(UUID reportId, int version, ReportStatus status, String workitemUid,
        String facilityCode, Instant signedAt) {

    public ReportVersionSigned {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(signedAt, "signedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }
}
