package org.telerad.registry.eligibility.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.telerad.shared.testing.EmbeddedDatabases;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with the registry's
 * migrations ({@code db/migration/registry}, in version order) applied. Tests receive a {@link RegistryTables}.
 */
public final class RegistryTables implements BeforeEachCallback, ParameterResolver {

    private DataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataSource = EmbeddedDatabases.migrated("eligibility", "db/migration/registry");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RegistryTables.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs SQL statements in one transaction. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    /** Runs SQL statements in one transaction and rolls it back. */
    public void executeAndRollBack(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.rollback();
        }
    }
}
