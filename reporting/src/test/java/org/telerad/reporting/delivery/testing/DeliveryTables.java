package org.telerad.reporting.delivery.testing;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.telerad.shared.testing.EmbeddedDatabases;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with result delivery's migrations
 * ({@code db/migration/reporting-delivery}) applied; tests receive its {@link DataSource}.
 */
public final class DeliveryTables implements BeforeEachCallback, ParameterResolver {

    private DataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataSource = EmbeddedDatabases.migrated("delivery", "db/migration/reporting-delivery");
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
