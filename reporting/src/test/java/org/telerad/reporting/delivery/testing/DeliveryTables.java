package org.telerad.reporting.delivery.testing;

import javax.sql.DataSource;

import org.telerad.shared.testing.MigratedTables;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with result delivery's migrations
 * ({@code db/migration/reporting-delivery}) applied; tests receive its {@link DataSource}.
 */
public final class DeliveryTables extends MigratedTables {

    public DeliveryTables() {
        super("delivery", "db/migration/reporting-delivery");
    }
}
