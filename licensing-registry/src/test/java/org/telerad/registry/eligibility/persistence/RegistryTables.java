package org.telerad.registry.eligibility.persistence;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * JUnit extension: one embedded PostgreSQL per test run and, per test, a fresh database with the registry's
 * migrations ({@code db/migration/registry}, in version order) applied. Tests receive a {@link RegistryTables}.
 */
public final class RegistryTables implements BeforeEachCallback, ParameterResolver {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private DataSource dataSource;

    private static synchronized EmbeddedPostgres postgres() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.start();
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
        String name = "eligibility_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        dataSource = pg.getDatabase("postgres", name);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Path migration : migrations()) {
                s.execute(Files.readString(migration, StandardCharsets.UTF_8));
            }
        }
    }

    private static List<Path> migrations() throws IOException, URISyntaxException {
        Path dir = Path.of(RegistryTables.class.getClassLoader().getResource("db/migration/registry").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> version(a).compareTo(version(b))).toList();
        }
    }

    private static String version(Path p) {
        String n = p.getFileName().toString();
        return String.format("%20s", n.substring(1, n.indexOf("__")));
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
