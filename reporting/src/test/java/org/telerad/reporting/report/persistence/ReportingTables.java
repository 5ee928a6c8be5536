package org.telerad.reporting.report.persistence;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.telerad.shared.testing.EmbeddedDatabases;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with the reporting module's
 * migrations ({@code db/migration/reporting}) applied; tests receive its {@link DataSource}.
 */
public final class ReportingTables implements BeforeEachCallback, ParameterResolver {

    private DataSource dataSource;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataSource = EmbeddedDatabases.migrated("reporting", "db/migration/reporting");
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
