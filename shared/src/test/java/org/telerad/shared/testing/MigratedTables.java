package org.telerad.shared.testing;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit extension behind the modules' table fixtures ({@code RoutingTables}, {@code SlaTables}, ...): per test,
 * a fresh database on the run's embedded PostgreSQL ({@link EmbeddedDatabases}) with the given migration folders
 * applied in version order; tests receive its {@link DataSource} as a parameter. A module names its fixture by
 * extending it with a no-argument constructor.
 */
public abstract class MigratedTables implements BeforeEachCallback, ParameterResolver {

    private final String prefix;
    private final List<String> migrationFolders;
    private DataSource dataSource;

    /** {@code prefix} names the databases; {@code migrationFolders} are classpath folders such as db/migration/sla. */
    protected MigratedTables(String prefix, String... migrationFolders) {
        this.prefix = prefix;
        this.migrationFolders = List.of(migrationFolders);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataSource = EmbeddedDatabases.migrated(prefix, migrationFolders.toArray(String[]::new));
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
