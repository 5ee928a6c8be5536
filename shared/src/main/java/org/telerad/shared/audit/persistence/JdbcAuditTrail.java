package org.telerad.shared.audit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;

/**
 * The audit trail on {@code TeleradDS}. The connection is enlisted in the caller's JTA transaction (one is
 * started when there is none), so an entry commits or rolls back with the change it records, and the append
 * lock is held until then.
 */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    private static final System.Logger LOG = System.getLogger(JdbcAuditTrail.class.getName());

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    private final AuditEntryTable table = new AuditEntryTable(CheckpointPolicy.fromConfiguration());

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditRecord record) {
        try (Connection connection = dataSource.getConnection()) {
            table.append(connection, record, currentCaller.get(), clock.instant());
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.ERROR, "audit entry not written (SQLState {0})", e.getSQLState());
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-AUDIT-002",
                    "The audit trail could not be written, so the action was not carried out.");
        }
    }
}
