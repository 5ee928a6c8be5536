package org.telerad.sla.timer.persistence;

import javax.sql.DataSource;

import org.telerad.shared.testing.MigratedTables;

/**
 * JUnit extension: per test, a fresh database on the run's embedded PostgreSQL with the SLA monitor's
 * migrations ({@code db/migration/sla}, in version order) applied; tests receive its {@link DataSource}.
 */
public final class SlaTables extends MigratedTables {

    public SlaTables() {
        super("sla", "db/migration/sla");
    }
}
