package org.telerad.shared.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.persistence.AuditDatabase;
import org.telerad.shared.audit.persistence.AuditEntryTable;
import org.telerad.shared.audit.persistence.CheckpointPolicy;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

@ExtendWith(AuditDatabase.class)
class AuditChainVerifierTest {

    static final Caller AUDITED = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN), Set.of("tx-dallas"),
            "192.0.2.7");
    static final String KEY = "a-checkpoint-key-for-tests";

    static void append(AuditDatabase db, CheckpointPolicy policy, int count) throws SQLException {
        AuditEntryTable table = new AuditEntryTable(policy);
        try (Connection c = db.appDataSource().getConnection()) {
            c.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                table.append(c, AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.CREATE,
                        "Privilege", "priv-" + i, "tx-dallas", "granted"), AUDITED,
                        Instant.parse("2026-11-27T08:00:00Z").plusSeconds(i));
            }
            c.commit();
        }
    }

    static void tamper(AuditDatabase db, String... statements) throws SQLException {
        try (Connection c = db.asSuperuser(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static VerificationReport verify(AuditDatabase db, CheckpointPolicy policy) throws SQLException {
        try (Connection c = db.appDataSource().getConnection()) {
            return new AuditChainVerifier(policy).verify(c);
        }
    }

    static VerificationReport verify(AuditDatabase db) throws SQLException {
        return verify(db, CheckpointPolicy.none());
    }

    @Test
    void an_untouched_trail_is_intact(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 10);

        assertThat(verify(db)).isEqualTo(VerificationReport.intact(10));
    }

    @Test
    void an_empty_trail_is_intact(AuditDatabase db) throws SQLException {
        assertThat(verify(db)).isEqualTo(VerificationReport.intact(0));
    }

    @Test
    void an_edited_row_is_named_as_the_first_broken_entry(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 10);
        tamper(db, "UPDATE audit_entry SET username = 'someone-else' WHERE sequence_number = 4");

        VerificationReport report = verify(db);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(4L);
        assertThat(report.entriesChecked()).isEqualTo(4);
        assertThat(report.reason()).contains("edited");
    }

    @Test
    void an_edit_that_recomputes_the_row_hash_is_caught_at_the_next_entry(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 10);
        tamper(db, "UPDATE audit_entry SET entry_hash = repeat('a', 64) WHERE sequence_number = 6");

        VerificationReport report = verify(db);

        assertThat(report.firstBrokenSequence()).isEqualTo(6L);
    }

    @Test
    void a_deleted_row_is_named_as_missing(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 10);
        tamper(db, "DELETE FROM audit_entry WHERE sequence_number = 7");

        VerificationReport report = verify(db);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(7L);
        assertThat(report.reason()).contains("entry 7 is missing");
    }

    @Test
    void a_deleted_first_row_is_named_as_missing(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 3);
        tamper(db, "DELETE FROM audit_entry WHERE sequence_number = 1");

        assertThat(verify(db).firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void a_deleted_row_whose_successors_were_renumbered_breaks_the_previous_hash(AuditDatabase db)
            throws SQLException {
        append(db, CheckpointPolicy.none(), 10);
        tamper(db, "DELETE FROM audit_entry WHERE sequence_number = 5",
                "UPDATE audit_entry SET sequence_number = sequence_number - 1 WHERE sequence_number > 5");

        VerificationReport report = verify(db);

        assertThat(report.firstBrokenSequence()).isEqualTo(5L);
        assertThat(report.reason()).contains("previous hash");
    }

    @Test
    void two_swapped_rows_are_caught_at_the_first_of_them(AuditDatabase db) throws SQLException {
        append(db, CheckpointPolicy.none(), 10);
        tamper(db, "UPDATE audit_entry SET sequence_number = 1000003 WHERE sequence_number = 3",
                "UPDATE audit_entry SET sequence_number = 3 WHERE sequence_number = 8",
                "UPDATE audit_entry SET sequence_number = 8 WHERE sequence_number = 1000003");

        VerificationReport report = verify(db);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(3L);
        assertThat(report.reason()).contains("previous hash");
    }

    @Test
    void a_cut_off_tail_is_caught_by_a_signed_checkpoint(AuditDatabase db) throws SQLException {
        CheckpointPolicy signed = CheckpointPolicy.signedEvery(5, KEY);
        append(db, signed, 10);
        tamper(db, "DELETE FROM audit_entry WHERE sequence_number > 8");

        VerificationReport report = verify(db, signed);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(9L);
        assertThat(report.reason()).contains("checkpoint covers entry 10");
    }

    @Test
    void a_rewritten_chain_is_caught_by_a_checkpoint_signature_made_with_another_key(AuditDatabase db)
            throws SQLException {
        append(db, CheckpointPolicy.signedEvery(5, "an-attackers-own-key-000"), 10);

        VerificationReport report = verify(db, CheckpointPolicy.signedEvery(5, KEY));

        assertThat(report.firstBrokenSequence()).isEqualTo(5L);
        assertThat(report.reason()).contains("invalid signature");
    }

    @Test
    void a_trail_with_valid_checkpoints_is_intact(AuditDatabase db) throws SQLException {
        CheckpointPolicy signed = CheckpointPolicy.signedEvery(3, KEY);
        append(db, signed, 10);

        assertThat(verify(db, signed).intact()).isTrue();
    }
}
