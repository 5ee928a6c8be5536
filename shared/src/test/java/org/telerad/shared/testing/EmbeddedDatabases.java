package org.telerad.shared.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL for the modules' persistence tests: one embedded server per test JVM (stopped when the JVM
 * exits) and, per test, a fresh database with a module's Flyway SQL applied in version order. The modules'
 * JUnit extensions ({@code RegistryTables}, {@code RoutingTables}, ...) are thin wrappers around it.
 */
public final class EmbeddedDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedDatabases() {
    }

    /** The embedded server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() throws IOException {
        if (server == null) {
            EmbeddedPostgres started = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            server = started;
        }
        return server;
    }

    /** Creates an empty database named {@code <prefix>_<n>} (owned by {@code owner} when given). */
    public static String createDatabase(String prefix, String owner) throws IOException, SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + (owner == null ? "" : " OWNER " + owner));
        }
        return name;
    }

    /**
     * A fresh database with the SQL migrations of the given classpath folders (e.g. {@code db/migration/routing})
     * applied, folder after folder, each in version order; as the superuser.
     */
    public static DataSource migrated(String prefix, String... migrationFolders)
            throws IOException, SQLException, URISyntaxException {
        DataSource dataSource = server().getDatabase("postgres", createDatabase(prefix, null));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String folder : migrationFolders) {
                for (Path migration : migrations(folder)) {
                    s.execute(Files.readString(migration, StandardCharsets.UTF_8));
                }
            }
        }
        return dataSource;
    }

    /** The {@code V<version>__<description>.sql} files of a classpath folder, in version order. */
    static List<Path> migrations(String folder) throws IOException, URISyntaxException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException(folder + " is missing from the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<Path> found = new ArrayList<>(files.filter(p -> p.getFileName().toString()
                    .matches("V[\\d_]+__.*\\.sql")).toList());
            found.sort(Comparator.comparing(EmbeddedDatabases::version));
            return found;
        }
    }

    private static String version(Path p) {
        String n = p.getFileName().toString();
        return String.format("%20s", n.substring(1, n.indexOf("__")).replace("_", ""));
    }
}
