package org.telerad.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/**
 * Edits, deletes and reorders audit rows directly in PostgreSQL (as the superuser, with the append-only trigger
 * off for that session) and expects the verification endpoint and {@code ./telerad audit-verify} to name the
 * first broken entry. Every test puts the rows back, so later tests see an intact chain.
 */
class AuditTamperIT {

    long sequence;
    String code;

    @BeforeEach
    void a_registry_change_is_audited() {
        assertThat(verification().getBoolean("intact")).as("the chain is intact before tampering").isTrue();
        code = "it-audit-" + UUID.randomUUID().toString().substring(0, 8);
        Stack.api("credentialing")
                .body(Map.of("code", code, "name", "Audit IT " + code, "jurisdiction", "US-TX",
                        "timeZone", "America/Chicago",
                        "identifiers", Map.of("aeTitles", List.of(), "institutionNames", List.of(),
                                "hl7Facilities", List.of())))
                .post("/facilities")
                .then().statusCode(201);
        JsonPath found = Stack.api("auditor").queryParam("facility", code).queryParam("objectType", "Facility")
                .get("/audit").then().statusCode(200).extract().jsonPath();
        assertThat(found.getLong("total")).isEqualTo(1);
        assertThat(found.getString("items[0].username")).isEqualTo("credentialing");
        assertThat(found.getString("items[0].action")).isEqualTo("CREATE");
        sequence = found.getLong("items[0].sequenceNumber");
    }

    @AfterEach
    void the_chain_is_intact_again() {
        assertThat(verification().getBoolean("intact")).as("the test restored the chain").isTrue();
    }

    @Test
    void an_edited_row_is_reported_by_the_endpoint_and_by_the_launcher() throws Exception {
        String original = singleString("SELECT detail FROM audit_entry WHERE sequence_number = " + sequence);
        tamper("UPDATE audit_entry SET detail = 'nothing happened' WHERE sequence_number = " + sequence);
        try {
            JsonPath report = verification();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getLong("firstBrokenSequence")).isEqualTo(sequence);
            assertThat(report.getString("reason")).contains("edited");

            LauncherRun run = auditVerify();
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("BROKEN at entry " + sequence);
        } finally {
            try (Connection c = Stack.adminDatabase()) {
                replica(c);
                try (PreparedStatement restore = c.prepareStatement(
                        "UPDATE audit_entry SET detail = ? WHERE sequence_number = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, sequence);
                    restore.executeUpdate();
                }
            }
        }
        LauncherRun intact = auditVerify();
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("audit trail intact");
    }

    @Test
    void a_deleted_row_is_reported_as_missing() throws SQLException {
        Object[] deleted;
        try (Connection c = Stack.adminDatabase()) {
            deleted = readRow(c, sequence);
        }
        tamper("DELETE FROM audit_entry WHERE sequence_number = " + sequence);
        try {
            JsonPath report = verification();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getLong("firstBrokenSequence")).isEqualTo(sequence);
            assertThat(report.getString("reason")).contains("missing");
        } finally {
            restore(deleted);
        }
    }

    @Test
    void two_reordered_rows_are_reported_at_the_first_of_them() throws SQLException {
        long next = sequence + 1; // the auditor's search above appended a Query entry after the change
        tamper("UPDATE audit_entry SET sequence_number = 900000000000 WHERE sequence_number = " + sequence,
                "UPDATE audit_entry SET sequence_number = " + sequence + " WHERE sequence_number = " + next,
                "UPDATE audit_entry SET sequence_number = " + next + " WHERE sequence_number = 900000000000");
        try {
            JsonPath report = verification();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getLong("firstBrokenSequence")).isEqualTo(sequence);
        } finally {
            tamper("UPDATE audit_entry SET sequence_number = 900000000000 WHERE sequence_number = " + next,
                    "UPDATE audit_entry SET sequence_number = " + next + " WHERE sequence_number = " + sequence,
                    "UPDATE audit_entry SET sequence_number = " + sequence + " WHERE sequence_number = 900000000000");
        }
    }

    @Test
    void the_application_user_cannot_change_history() throws SQLException {
        try (Connection c = Stack.appDatabase(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE audit_entry SET detail = 'x' WHERE sequence_number = " + sequence))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry WHERE sequence_number = " + sequence))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    private void tamper(String... statements) throws SQLException {
        try (Connection c = Stack.adminDatabase(); Statement s = c.createStatement()) {
            replica(c);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void restore(Object[] row) throws SQLException {
        try (Connection c = Stack.adminDatabase();
                PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (sequence_number,"
                        + " occurred_at, event_type, action, outcome, username, roles, client_address, object_type,"
                        + " object_id, facility_code, detail, previous_hash, entry_hash)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
        }
    }

    private static Object[] readRow(Connection c, long sequence) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sequence_number, occurred_at,"
                + " event_type, action, outcome, username, roles, client_address, object_type, object_id,"
                + " facility_code, detail, previous_hash, entry_hash FROM audit_entry WHERE sequence_number = "
                + sequence)) {
            assertThat(rs.next()).isTrue();
            Object[] row = new Object[14];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        }
    }

    private static void replica(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
    }

    private static String singleString(String sql) throws SQLException {
        try (Connection c = Stack.adminDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static JsonPath verification() {
        return Stack.api("auditor").get("/audit/verification").then().statusCode(200).extract().jsonPath();
    }

    record LauncherRun(int exitCode, String output) {
    }

    /** {@code TELERAD_PROFILE=<profile> ./telerad audit-verify} from the repository root. */
    static LauncherRun auditVerify() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("telerad"))) {
            root = root.getParent();
        }
        assertThat(root).as("the repository root with the launcher").isNotNull();
        ProcessBuilder launcher = new ProcessBuilder("bash", root.resolve("telerad").toString(), "audit-verify")
                .directory(root.toFile()).redirectErrorStream(true);
        launcher.environment().put("TELERAD_PROFILE", Stack.profile());
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new LauncherRun(process.exitValue(), output);
    }
}
