package org.telerad.shared.audit.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.telerad.shared.audit.AuditEntry;

/**
 * Signed checkpoints of the audit trail (RFC 5848 in spirit): every {@code interval} entries an HMAC-SHA256,
 * keyed from configuration, over the sequence number and hash of the head. Someone who can write to the
 * database but does not hold the key can then neither rewrite the whole chain nor cut off its tail unnoticed.
 * Without a key no checkpoints are written. Immutable; thread-safe.
 */
public final class CheckpointPolicy {

    /** System property (or environment variable {@code TELERAD_AUDIT_CHECKPOINT_KEY}) holding the key. */
    public static final String KEY_PROPERTY = "telerad.audit.checkpoint-key";
    public static final String KEY_ENVIRONMENT = "TELERAD_AUDIT_CHECKPOINT_KEY";
    /** System property holding the interval; 100 entries when absent. */
    public static final String INTERVAL_PROPERTY = "telerad.audit.checkpoint-interval";

    private final byte[] key;
    private final int interval;

    private CheckpointPolicy(byte[] key, int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be positive");
        }
        this.key = key == null ? null : key.clone();
        this.interval = interval;
    }

    public static CheckpointPolicy none() {
        return new CheckpointPolicy(null, Integer.MAX_VALUE);
    }

    public static CheckpointPolicy signedEvery(int interval, String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("a checkpoint key needs at least 16 characters");
        }
        return new CheckpointPolicy(key.getBytes(StandardCharsets.UTF_8), interval);
    }

    /** From system properties and the environment; no key configured means no checkpoints. */
    public static CheckpointPolicy fromConfiguration() {
        String key = Optional.ofNullable(System.getProperty(KEY_PROPERTY)).orElse(System.getenv(KEY_ENVIRONMENT));
        if (key == null || key.isBlank()) {
            return none();
        }
        int interval = Integer.parseInt(System.getProperty(INTERVAL_PROPERTY, "100"));
        return signedEvery(interval, key);
    }

    public boolean signs() {
        return key != null;
    }

    /** The signature of the chain's state at one entry, lower-case hex. */
    public String sign(long sequenceNumber, String entryHash) {
        if (key == null) {
            throw new IllegalStateException("no checkpoint key configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((sequenceNumber + ":" + entryHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    void signIfDue(Connection connection, AuditEntry entry, Instant now) throws SQLException {
        if (key == null || entry.sequenceNumber() % interval != 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_checkpoint (sequence_number, entry_hash, signature, created_at) VALUES (?,?,?,?)")) {
            insert.setLong(1, entry.sequenceNumber());
            insert.setString(2, entry.entryHash());
            insert.setString(3, sign(entry.sequenceNumber(), entry.entryHash()));
            insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
