package org.telerad.shared.audit.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * JUnit extension: one embedded PostgreSQL for the test run, and for every test a fresh database migrated by
 * Flyway from {@code db/migration/shared} as a non-superuser application role {@code telerad}, like production.
 * Tests receive an {@link AuditDatabase} to connect as the application or as the superuser.
 */
public final class AuditDatabase implements BeforeEachCallback, ParameterResolver {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private String name;

    private static synchronized EmbeddedPostgres postgres() throws IOException, SQLException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE telerad LOGIN PASSWORD 'telerad'");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        EmbeddedPostgres pg = postgres();
        name = "audit_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER telerad");
        }
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
        return postgres.getDatabase("postgres", name).getConnection();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }
}
