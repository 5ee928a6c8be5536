package org.telerad.routing.assignment.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * What the application server's JTA data source does for the JDBC stores, for tests without a container: inside
 * {@link #inTransaction} every {@link #getConnection()} on this thread answers the one connection of that
 * transaction (its {@code close()} does nothing), committed when the work returns and rolled back when it throws;
 * outside, each call gets a connection of its own in auto-commit, as outside a JTA transaction. Each instance
 * over its own {@link DataSource} stands for one node's connection pool.
 */
public final class ThreadBoundTransactions implements DataSource {

    private final DataSource pool;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    public ThreadBoundTransactions(DataSource pool) {
        this.pool = pool;
    }

    /** Runs {@code work} in one database transaction, as a {@code @Transactional} method's interceptor would. */
    public <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get(); // joins the transaction under way (REQUIRED)
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            bound.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                bound.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("transaction failed: " + e.getSQLState(), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = bound.get();
        if (c == null) {
            return pool.getConnection();
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null; // the transaction's end closes it
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
