package org.telerad.routing.assignment.persistence;

import javax.sql.DataSource;

import org.telerad.shared.testing.MigratedTables;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with the routing module's
 * migrations ({@code db/migration/routing}, in version order) applied; tests receive its {@link DataSource}.
 */
public final class RoutingTables extends MigratedTables {

    public RoutingTables() {
        super("routing", "db/migration/routing");
    }
}
