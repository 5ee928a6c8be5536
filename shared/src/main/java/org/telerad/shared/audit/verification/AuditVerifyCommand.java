package org.telerad.shared.audit.verification;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.telerad.shared.audit.persistence.CheckpointPolicy;

/**
 * {@code ./telerad audit-verify}: verifies the audit trail from the command line, without the application
 * server. Arguments: the JDBC URL and the database user; the password comes from the environment variable
 * {@value #PASSWORD_ENVIRONMENT} (and the checkpoint key, if any, from
 * {@value CheckpointPolicy#KEY_ENVIRONMENT}). Prints one line; exits 0 when intact, 1 when broken (naming the
 * first broken entry), 2 on any error.
 */
public final class AuditVerifyCommand {

    public static final String PASSWORD_ENVIRONMENT = "TELERAD_DB_PASSWORD";
    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int ERROR = 2;

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(PASSWORD_ENVIRONMENT), System.out, System.err));
    }

    /** Runs the verification and returns the exit status. */
    public static int run(String[] args, String password, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: AuditVerifyCommand <jdbc-url> <user>   (password in " + PASSWORD_ENVIRONMENT + ")");
            return ERROR;
        }
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "telerad-audit-verify");
        try (Connection connection = DriverManager.getConnection(args[0], properties)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            VerificationReport report = new AuditChainVerifier(CheckpointPolicy.fromConfiguration()).verify(connection);
            connection.rollback();
            out.println(report.summary());
            return report.intact() ? INTACT : BROKEN;
        } catch (SQLException | RuntimeException e) {
            err.println("audit verification failed: " + e.getMessage());
            return ERROR;
        }
    }
}
