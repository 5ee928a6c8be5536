package org.telerad.shared.audit;

/**
 * Appends to Telerad's tamper-evident audit trail. Called inside the caller's transaction, so a change and
 * its audit entry are committed together or not at all; implementations serialise appends so that the hash
 * chain stays linear across threads and nodes.
 */
public interface AuditTrail {

    /** Appends one entry for the current caller. */
    void record(AuditRecord record);
}
