package org.telerad.shared.lifecycle;

import java.util.Objects;

/**
 * Fired (synchronously, as a CDI event) once at deployment start, after Flyway has brought the database schema up
 * to date and before any other start-up work touches the database. {@code schemaVersion} is the newest applied
 * migration's version, {@code migrationsApplied} how many this start applied.
 */
public record SchemaMigrated(String schemaVersion, int migrationsApplied) {
    public SchemaMigrated {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }
}
