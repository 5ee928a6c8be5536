package org.telerad.shared.audit.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;
import org.telerad.shared.testing.EmbeddedDatabases;


/**
 * JUnit extension: one embedded PostgreSQL for the test run, and for every test a fresh database migrated by
 * Flyway from {@code db/migration/shared} as a non-superuser application role {@code telerad}, like production.
 * Tests receive an {@link AuditDatabase} to connect as the application or as the superuser.
 */
public final class AuditDatabase implements BeforeEachCallback, ParameterResolver {

    private static boolean roleCreated;

    private String name;

    private static synchronized void createApplicationRole() throws IOException, SQLException {
        if (!roleCreated) {
            try (Connection c = EmbeddedDatabases.server().getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'telerad') THEN"
                        + " CREATE ROLE telerad LOGIN PASSWORD 'telerad'; END IF; END $$");
            }
            roleCreated = true;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        createApplicationRole();
        name = EmbeddedDatabases.createDatabase("audit", "telerad");
        Flyway.configure().dataSource(appDataSource()).locations("classpath:db/migration/shared").load().migrate();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AuditDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    /** Connects as the application role. */
    public DataSource appDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser("telerad");
        ds.setPassword("telerad");
        return ds;
    }

    /** Connects as the PostgreSQL superuser. */
    public Connection asSuperuser() throws SQLException {
        try {
            return EmbeddedDatabases.server().getDatabase("postgres", name).getConnection();
        } catch (IOException e) {
            throw new SQLException("the embedded PostgreSQL server is not available", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    private static int port() {
        try {
            return EmbeddedDatabases.server().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("the embedded PostgreSQL server is not available", e);
        }
    }
}
