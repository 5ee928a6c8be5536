package org.telerad.registry.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Reads of the registry tables outside JPA, for the in-memory views built from them (the eligibility snapshot,
 * the facility directory): the registry revision, bumped by triggers in the same transaction as any change of
 * a registry table, and one read-only REPEATABLE READ transaction so that a view and the revision it carries
 * come from the same committed state. The connection's settings are restored before it goes back to the pool.
 */
public final class ConsistentRead {

    /** The registry revision (table {@code eligibility_registry_revision}). */
    public static final String REVISION = "select revision from eligibility_registry_revision where id = 1";

    /** One read over an open connection. */
    @FunctionalInterface
    public interface Read<T> {
        T from(Connection connection) throws SQLException;
    }

    private ConsistentRead() {
    }

    /** The current registry revision, 0 before the first change. */
    public static long revision(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return revision(c);
        }
    }

    /** The registry revision as seen by this connection's transaction. */
    public static long revision(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(REVISION); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Runs {@code read} in one read-only REPEATABLE READ transaction, always rolled back. */
    public static <T> T of(DataSource dataSource, Read<T> read) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return read.from(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
