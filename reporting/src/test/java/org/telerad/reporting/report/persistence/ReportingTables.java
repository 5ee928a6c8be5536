package org.telerad.reporting.report.persistence;

import javax.sql.DataSource;

import org.telerad.shared.testing.MigratedTables;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with the reporting module's
 * migrations ({@code db/migration/reporting}) applied; tests receive its {@link DataSource}.
 */
public final class ReportingTables extends MigratedTables {

    public ReportingTables() {
        super("reporting", "db/migration/reporting");
    }
}
