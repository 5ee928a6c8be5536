package org.telerad.shared.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEntry;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditQuery;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.verification.AuditChainVerifier;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

@ExtendWith(AuditDatabase.class)
class AuditEntryTableTest {

    static final Caller CREDENTIALING = new Caller("credentialing", Set.of(Roles.CREDENTIALING_ADMIN), Set.of(),
            "10.1.2.3");
    static final Instant NOON = Instant.parse("2026-11-27T12:00:00.123456789Z");

    final AuditEntryTable table = new AuditEntryTable(CheckpointPolicy.none());

    static AuditRecord licenseChange(int i) {
        return AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.UPDATE, "License", "lic-" + i,
                "tx-dallas", "status changed");
    }

    static void appendInOneTransaction(AuditDatabase db, AuditEntryTable table, int count) throws SQLException {
        try (Connection c = db.appDataSource().getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                table.append(c, licenseChange(i), CREDENTIALING, NOON.plusSeconds(i));
            }
            c.commit();
        }
    }

    @Test
    void the_first_entry_follows_the_genesis_hash_and_each_next_one_the_hash_before_it(AuditDatabase db)
            throws SQLException {
        appendInOneTransaction(db, table, 3);

        List<AuditEntry> entries;
        try (Connection c = db.appDataSource().getConnection()) {
            entries = table.search(c, AuditQuery.everything(0, 10)).items();
        }
        assertThat(entries).extracting(AuditEntry::sequenceNumber).containsExactly(3L, 2L, 1L);
        assertThat(entries.get(2).previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(2).entryHash());
        assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).entryHash());
        assertThat(entries).allMatch(AuditEntry::isSealedCorrectly);
        assertThat(entries.get(2).occurredAt()).isEqualTo(Instant.parse("2026-11-27T12:00:00.123456Z"));
        assertThat(entries.get(2).username()).isEqualTo("credentialing");
        assertThat(entries.get(2).roles()).isEqualTo(Roles.CREDENTIALING_ADMIN);
        assertThat(entries.get(2).clientAddress()).isEqualTo("10.1.2.3");
    }

    @Test
    void concurrent_appends_from_many_threads_keep_one_contiguous_chain(AuditDatabase db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(() -> {
                for (int i = 0; i < 15; i++) {
                    try (Connection c = db.appDataSource().getConnection()) {
                        c.setAutoCommit(false);
                        table.append(c, licenseChange(i), CREDENTIALING, Instant.now());
                        c.commit();
                    }
                }
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(writers)) {
            done.get();
        }
        pool.shutdown();

        try (Connection c = db.appDataSource().getConnection()) {
            assertThat(new AuditChainVerifier(CheckpointPolicy.none()).verify(c).intact()).isTrue();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT min(sequence_number), max(sequence_number), count(*)"
                            + " FROM audit_entry")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.getLong(2)).isEqualTo(60);
                assertThat(rs.getLong(3)).isEqualTo(60);
            }
        }
    }

    @Test
    void an_entry_rolled_back_with_its_transaction_leaves_no_gap(AuditDatabase db) throws SQLException {
        try (Connection c = db.appDataSource().getConnection()) {
            c.setAutoCommit(false);
            table.append(c, licenseChange(1), CREDENTIALING, NOON);
            c.rollback();
        }
        appendInOneTransaction(db, table, 1);
        try (Connection c = db.appDataSource().getConnection()) {
            assertThat(table.head(c)).map(AuditEntry::sequenceNumber).contains(1L);
        }
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_entries_even_for_the_superuser(AuditDatabase db)
            throws SQLException {
        appendInOneTransaction(db, table, 2);
        try (Connection c = db.asSuperuser(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET detail = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_entry")).hasMessageContaining("append-only");
        }
    }

    @Test
    void the_application_role_holds_no_update_delete_or_truncate_privilege(AuditDatabase db) throws SQLException {
        try (Connection c = db.appDataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT has_table_privilege('audit_entry', 'UPDATE'),"
                        + " has_table_privilege('audit_entry', 'DELETE'),"
                        + " has_table_privilege('audit_entry', 'TRUNCATE'),"
                        + " has_table_privilege('audit_entry', 'INSERT')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getBoolean(3)).isFalse();
            assertThat(rs.getBoolean(4)).isTrue();
        }
    }

    @Test
    void search_filters_by_object_and_pages_newest_first(AuditDatabase db) throws SQLException {
        appendInOneTransaction(db, table, 5);
        try (Connection c = db.appDataSource().getConnection()) {
            AuditEntryTable.SearchResult one = table.search(c,
                    new AuditQuery(null, null, null, "License", "lic-3", null, null, 0, 10));
            assertThat(one.total()).isEqualTo(1);
            assertThat(one.items()).extracting(AuditEntry::objectId).containsExactly("lic-3");

            AuditEntryTable.SearchResult page = table.search(c, new AuditQuery(Instant.parse("2026-11-27T12:00:00Z"),
                    Instant.parse("2026-11-27T12:00:04Z"),
                    "credentialing", null, null, AuditEventType.APPLICATION_ACTIVITY.code(), "tx-dallas", 1, 2));
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items()).extracting(AuditEntry::sequenceNumber).containsExactly(2L, 1L);
        }
    }
}
