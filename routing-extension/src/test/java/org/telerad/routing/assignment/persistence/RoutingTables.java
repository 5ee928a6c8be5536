package org.telerad.routing.assignment.persistence;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * JUnit extension: one embedded PostgreSQL per run and, per test, a fresh database with the routing module's
 * migrations ({@code db/migration/routing}, in version order) applied; tests receive its {@link DataSource}.
 */
public final class RoutingTables implements BeforeEachCallback, ParameterResolver {

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
        String name = "routing_" + DATABASES.incrementAndGet();
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
        URL folder = RoutingTables.class.getResource("/db/migration/routing");
        if (folder == null) {
            throw new IllegalStateException("db/migration/routing is missing from the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Long.compare(version(a), version(b))).toList();
        }
    }

    private static long version(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring(1, n.indexOf("__")).replace("_", ""));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return dataSource;
    }
}
