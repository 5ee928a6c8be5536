package org.telerad.shared.audit.verification;

/**
 * The outcome of walking the audit trail: intact, or the sequence number of the first broken entry and why.
 * {@code entriesChecked} counts the entries read, the broken one included.
 */
public record VerificationReport(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {

    public VerificationReport {
        if (entriesChecked < 0) {
            throw new IllegalArgumentException("entriesChecked cannot be negative");
        }
        if (intact && (firstBrokenSequence != null || reason != null)) {
            throw new IllegalArgumentException("an intact trail has no broken entry");
        }
        if (!intact && (firstBrokenSequence == null || reason == null)) {
            throw new IllegalArgumentException("a broken trail names its first broken entry and why");
        }
    }

    public static VerificationReport intact(long entriesChecked) {
        return new VerificationReport(true, entriesChecked, null, null);
    }

    public static VerificationReport brokenAt(long sequence, long entriesChecked, String reason) {
        return new VerificationReport(false, entriesChecked, sequence, reason);
    }

    /** One line for people and logs. */
    public String summary() {
        return intact
                ? "audit trail intact: " + entriesChecked + " entries checked"
                : "audit trail BROKEN at entry " + firstBrokenSequence + ": " + reason + " (" + entriesChecked
                        + " entries checked)";
    }
}
