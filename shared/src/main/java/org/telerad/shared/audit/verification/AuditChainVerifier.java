package org.telerad.shared.audit.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.telerad.shared.audit.AuditEntry;
import org.telerad.shared.audit.persistence.AuditEntryTable;
import org.telerad.shared.audit.persistence.CheckpointPolicy;

/**
 * Walks the audit trail in sequence order and reports the first entry where it breaks:
 * <ul>
 * <li>an edited row no longer matches its own hash;</li>
 * <li>a deleted row leaves a gap in the sequence numbers (or, at the end, falls short of a signed checkpoint);</li>
 * <li>reordered rows carry a previous hash that is not the hash of the entry before them.</li>
 * </ul>
 * Signed checkpoints are compared with the chain, and their signatures checked when a key is configured.
 * Read-only and stateless; thread-safe. The connection is the caller's (a JTA one inside WildFly).
 */
public final class AuditChainVerifier {

    private static final int FETCH_SIZE = 1000;

    private final CheckpointPolicy checkpoints;

    public AuditChainVerifier(CheckpointPolicy checkpoints) {
        this.checkpoints = checkpoints;
    }

    public VerificationReport verify(Connection connection) throws SQLException {
        Map<Long, Checkpoint> signed = readCheckpoints(connection);
        long expected = 1;
        String previousHash = AuditEntry.GENESIS_HASH;
        long checked = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sequence_number, occurred_at, event_type, action, outcome, username, roles, client_address,"
                        + " object_type, object_id, facility_code, detail, previous_hash, entry_hash"
                        + " FROM audit_entry ORDER BY sequence_number")) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = AuditEntryTable.read(rs);
                    checked++;
                    if (entry.sequenceNumber() != expected) {
                        return VerificationReport.brokenAt(expected, checked, "entry " + expected
                                + " is missing (the next entry found is " + entry.sequenceNumber() + ")");
                    }
                    if (!entry.previousHash().equals(previousHash)) {
                        return VerificationReport.brokenAt(expected, checked, "its previous hash is not the hash of "
                                + (expected == 1 ? "the chain's start" : "entry " + (expected - 1))
                                + " (entries removed, inserted or reordered)");
                    }
                    if (!entry.isSealedCorrectly()) {
                        return VerificationReport.brokenAt(expected, checked,
                                "its content does not match its hash (the entry was edited)");
                    }
                    Checkpoint checkpoint = signed.get(expected);
                    if (checkpoint != null) {
                        String problem = checkpoint.problemWith(entry, checkpoints);
                        if (problem != null) {
                            return VerificationReport.brokenAt(expected, checked, problem);
                        }
                    }
                    previousHash = entry.entryHash();
                    expected++;
                }
            }
        }
        long last = expected - 1;
        for (Checkpoint checkpoint : signed.values()) {
            if (checkpoint.sequenceNumber() > last) {
                return VerificationReport.brokenAt(last + 1, checked, "entries from " + (last + 1)
                        + " are missing: a checkpoint covers entry " + checkpoint.sequenceNumber());
            }
        }
        return VerificationReport.intact(checked);
    }

    private static Map<Long, Checkpoint> readCheckpoints(Connection connection) throws SQLException {
        Map<Long, Checkpoint> checkpoints = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sequence_number, entry_hash, signature FROM audit_checkpoint ORDER BY sequence_number");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                checkpoints.put(rs.getLong(1),
                        new Checkpoint(rs.getLong(1), rs.getString(2).trim(), rs.getString(3).trim()));
            }
        }
        return checkpoints;
    }

    private record Checkpoint(long sequenceNumber, String entryHash, String signature) {

        String problemWith(AuditEntry entry, CheckpointPolicy policy) {
            if (!entryHash.equals(entry.entryHash())) {
                return "the chain differs from the signed checkpoint at this entry (the chain was rewritten)";
            }
            if (policy.signs() && !policy.sign(sequenceNumber, entryHash).equals(signature)) {
                return "the checkpoint at this entry has an invalid signature";
            }
            return null;
        }
    }
}
