package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.telerad.reporting.api.ReportStatus;

/**
 * One signed, immutable version of a report: its number (1, 2, ...), status, the task it was signed on, the
 * signer and (for a final signed by another radiologist than the preliminary) the preliminary reader, the full
 * text, every addendum so far, the critical findings as documented at signing, the template, and for a
 * correction its reason.
 */
public record SignedVersion(int number, ReportStatus status, Instant signedAt, String workitemUid, Signer signer,
        Signer preliminaryReader, ReportContent content, List<Addendum> addenda,
        List<CriticalFinding> criticalFindings, TemplateRef template, String correctionReason) {

    public SignedVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(content, "content");
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
        criticalFindings = criticalFindings == null ? List.of() : List.copyOf(criticalFindings);
    }

    @Override
    public String toString() {
        return "SignedVersion[" + number + ", " + status + "]";
    }
}
