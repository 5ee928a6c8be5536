/**
 * Test support shared by the modules (published as telerad-shared's test-jar): real PostgreSQL, embedded
 * ({@link org.telerad.shared.testing.EmbeddedDatabases}, and {@link org.telerad.shared.testing.MigratedTables}
 * behind each module's table fixture), and a clock tests move by hand
 * ({@link org.telerad.shared.testing.AdjustableClock}).
 */
package org.telerad.shared.testing;
