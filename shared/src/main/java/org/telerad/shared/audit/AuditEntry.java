package org.telerad.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One stored entry of the audit trail, exactly as it sits in the {@code audit_entry} table: the DICOM codes are
 * kept as stored (so that verification never depends on this version's enums), the roles as a sorted,
 * comma-separated list. {@link #computeHash()} is the chain's definition: SHA-256 over {@link #canonicalForm()},
 * which covers every column and the previous entry's hash.
 *
 * <p>Immutable and thread-safe. Used without CDI by the command-line verification.
 */
public record AuditEntry(long sequenceNumber, Instant occurredAt, String eventTypeCode, String actionCode,
        int outcomeCode, String username, String roles, String clientAddress, String objectType, String objectId,
        String facilityCode, String detail, String previousHash, String entryHash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Version tag at the start of the canonical form; a new serialisation gets a new tag. */
    static final String CANONICAL_VERSION = "telerad-audit-v1";

    public AuditEntry {
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(eventTypeCode, "eventTypeCode");
        Objects.requireNonNull(actionCode, "actionCode");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(previousHash, "previousHash");
        // PostgreSQL keeps microseconds: hash what is stored.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The entry that follows {@code previousHash} at {@code sequenceNumber}, with its hash computed.
     */
    public static AuditEntry chained(long sequenceNumber, Instant occurredAt, String eventTypeCode, String actionCode,
            int outcomeCode, String username, String roles, String clientAddress, String objectType, String objectId,
            String facilityCode, String detail, String previousHash) {
        AuditEntry unsealed = new AuditEntry(sequenceNumber, occurredAt, eventTypeCode, actionCode, outcomeCode,
                username, roles, clientAddress, objectType, objectId, facilityCode, detail, previousHash, null);
        return unsealed.withEntryHash(unsealed.computeHash());
    }

    AuditEntry withEntryHash(String hash) {
        return new AuditEntry(sequenceNumber, occurredAt, eventTypeCode, actionCode, outcomeCode, username, roles,
                clientAddress, objectType, objectId, facilityCode, detail, previousHash, hash);
    }

    /**
     * Every column but the entry hash, each written as {@code <length>:<value>;} (or {@code ~;} for null) so that
     * no two different entries share a serialisation.
     */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder(256).append(CANONICAL_VERSION).append(';');
        field(out, Long.toString(sequenceNumber));
        field(out, occurredAt.toString());
        field(out, eventTypeCode);
        field(out, actionCode);
        field(out, Integer.toString(outcomeCode));
        field(out, username);
        field(out, roles);
        field(out, clientAddress);
        field(out, objectType);
        field(out, objectId);
        field(out, facilityCode);
        field(out, detail);
        field(out, previousHash);
        return out.toString();
    }

    /** SHA-256 of the canonical form, lower-case hex. */
    public String computeHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** True when the stored hash matches the content. */
    public boolean isSealedCorrectly() {
        return entryHash != null && entryHash.equals(computeHash());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("~;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
