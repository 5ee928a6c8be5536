package org.telerad.shared.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.shared.audit.persistence.AuditDatabase;
import org.telerad.shared.audit.persistence.CheckpointPolicy;

@ExtendWith(AuditDatabase.class)
class AuditVerifyCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return AuditVerifyCommand.run(args, "telerad", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void an_intact_trail_exits_0_with_one_line(AuditDatabase db) throws SQLException {
        AuditChainVerifierTest.append(db, CheckpointPolicy.none(), 4);

        assertThat(run(db.jdbcUrl(), "telerad")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("audit trail intact: 4 entries checked"
                + System.lineSeparator());
    }

    @Test
    void a_broken_trail_exits_1_naming_the_entry(AuditDatabase db) throws SQLException {
        AuditChainVerifierTest.append(db, CheckpointPolicy.none(), 4);
        AuditChainVerifierTest.tamper(db, "UPDATE audit_entry SET detail = 'revoked' WHERE sequence_number = 2");

        assertThat(run(db.jdbcUrl(), "telerad")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit trail BROKEN at entry 2:");
    }

    @Test
    void an_unreachable_database_exits_2(AuditDatabase db) {
        assertThat(run("jdbc:postgresql://127.0.0.1:1/nothing", "telerad")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("audit verification failed:");
    }

    @Test
    void wrong_arguments_exit_2() {
        assertThat(run("only-one")).isEqualTo(2);
    }

    @Test
    void runs_with_nothing_but_the_shared_classes_and_the_postgresql_driver(AuditDatabase db)
            throws SQLException, IOException, InterruptedException, URISyntaxException {
        AuditChainVerifierTest.append(db, CheckpointPolicy.none(), 2);
        String sharedClasses = Path.of(AuditVerifyCommand.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        String driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", sharedClasses + File.pathSeparator + driver, AuditVerifyCommand.class.getName(), db.jdbcUrl(),
                "telerad");
        java.environment().put(AuditVerifyCommand.PASSWORD_ENVIRONMENT, "telerad");
        java.redirectErrorStream(true);
        Process process = java.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(printed).isEqualTo("audit trail intact: 2 entries checked" + System.lineSeparator());
        assertThat(process.exitValue()).isZero();
    }
}
