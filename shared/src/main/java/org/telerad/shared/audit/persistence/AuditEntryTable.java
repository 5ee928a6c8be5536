package org.telerad.shared.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.telerad.shared.audit.AuditEntry;
import org.telerad.shared.audit.AuditQuery;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.Caller;

/**
 * The {@code audit_entry} table through plain JDBC. {@link #append} must run inside a transaction on the given
 * connection: it takes a transaction-scoped PostgreSQL advisory lock, reads the head of the chain and inserts
 * the next entry, so concurrent appends from any thread or node queue behind each other and the sequence
 * numbers stay contiguous. Stateless apart from its checkpoint policy; thread-safe.
 */
public final class AuditEntryTable {

    /** Advisory lock key shared by every node ("TLRDAUDT"). */
    static final long APPEND_LOCK_KEY = 0x544C524441554454L;

    static final String COLUMNS = "sequence_number, occurred_at, event_type, action, outcome, username, roles, "
            + "client_address, object_type, object_id, facility_code, detail, previous_hash, entry_hash";

    private final CheckpointPolicy checkpoints;

    public AuditEntryTable(CheckpointPolicy checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** Appends one entry for {@code caller} at {@code now} and returns it as stored. */
    public AuditEntry append(Connection connection, AuditRecord record, Caller caller, Instant now)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, APPEND_LOCK_KEY);
            lock.execute();
        }
        long nextSequence = 1;
        String previousHash = AuditEntry.GENESIS_HASH;
        try (Statement head = connection.createStatement();
                ResultSet rs = head.executeQuery(
                        "SELECT sequence_number, entry_hash FROM audit_entry ORDER BY sequence_number DESC LIMIT 1")) {
            if (rs.next()) {
                nextSequence = rs.getLong(1) + 1;
                previousHash = rs.getString(2).trim();
            }
        }
        AuditEntry entry = AuditEntry.chained(nextSequence, now, record.type().code(), record.action().code(),
                record.outcome().code(), caller.username(), String.join(",", new TreeSet<>(caller.roles())),
                truncate(caller.address(), 64), truncate(record.objectType(), 64), truncate(record.objectId(), 128),
                truncate(record.facilityCode(), 64), truncate(record.detail(), 2000), previousHash);
        insert(connection, entry);
        checkpoints.signIfDue(connection, entry, now);
        return entry;
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setLong(1, entry.sequenceNumber());
            insert.setObject(2, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, entry.eventTypeCode());
            insert.setString(4, entry.actionCode());
            insert.setInt(5, entry.outcomeCode());
            insert.setString(6, entry.username());
            insert.setString(7, entry.roles());
            insert.setString(8, entry.clientAddress());
            insert.setString(9, entry.objectType());
            insert.setString(10, entry.objectId());
            insert.setString(11, entry.facilityCode());
            insert.setString(12, entry.detail());
            insert.setString(13, entry.previousHash());
            insert.setString(14, entry.entryHash());
            insert.executeUpdate();
        }
    }

    /** The newest entry, if any. */
    public Optional<AuditEntry> head(Connection connection) throws SQLException {
        try (Statement head = connection.createStatement();
                ResultSet rs = head.executeQuery(
                        "SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence_number DESC LIMIT 1")) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    /** One page of entries matching {@code query}, newest first, and the total count of matches. */
    public SearchResult search(Connection connection, AuditQuery query) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> parameters = new ArrayList<>();
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            parameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            parameters.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        filter(where, parameters, "username", query.username());
        filter(where, parameters, "object_type", query.objectType());
        filter(where, parameters, "object_id", query.objectId());
        filter(where, parameters, "event_type", query.eventTypeCode());
        filter(where, parameters, "facility_code", query.facilityCode());

        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_entry" + where)) {
            bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<AuditEntry> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry" + where
                + " ORDER BY sequence_number DESC LIMIT ? OFFSET ?")) {
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.size());
            paged.add(query.offset());
            bind(select, paged);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
        }
        return new SearchResult(items, total);
    }

    /** One page of a search and how many entries matched in all. */
    public record SearchResult(List<AuditEntry> items, long total) {
        public SearchResult {
            items = List.copyOf(items);
        }
    }

    private static void filter(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Reads one row selected with {@link #COLUMNS}, in that order. */
    public static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), trimmed(rs.getString(13)), trimmed(rs.getString(14)));
    }

    private static String trimmed(String hash) {
        return hash == null ? null : hash.trim();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
