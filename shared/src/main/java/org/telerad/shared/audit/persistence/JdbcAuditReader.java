package org.telerad.shared.audit.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.telerad.shared.audit.AuditQuery;
import org.telerad.shared.audit.verification.AuditChainVerifier;
import org.telerad.shared.audit.verification.VerificationReport;
import org.telerad.shared.problem.TeleradException;

/** Searches and verifies the audit trail on {@code TeleradDS}, for auditors. Thread-safe. */
@ApplicationScoped
public class JdbcAuditReader {

    private static final System.Logger LOG = System.getLogger(JdbcAuditReader.class.getName());

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    private final AuditEntryTable table = new AuditEntryTable(CheckpointPolicy.none());

    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntryTable.SearchResult search(AuditQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return table.search(connection, query);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public VerificationReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            return new AuditChainVerifier(CheckpointPolicy.fromConfiguration()).verify(connection);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static TeleradException unavailable(SQLException e) {
        LOG.log(System.Logger.Level.ERROR, "audit trail not readable (SQLState {0})", e.getSQLState());
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-AUDIT-003",
                "The audit trail cannot be read right now.");
    }
}
