package org.telerad.app;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.telerad.shared.lifecycle.SchemaMigrated;

/**
 * Brings Telerad's schema up to date with Flyway at deployment start, before anything else touches the database.
 *
 * <p><b>How other start-up work waits for it</b> (both work; pick one):
 * <ul>
 * <li>an EJB {@code @Startup @Singleton} annotated {@code @DependsOn("SchemaMigration")} is started after it;</li>
 * <li>a CDI observer of {@link SchemaMigrated} ({@code void seed(@Observes SchemaMigrated migrated)}) is called,
 * synchronously, right after the migration and still during deployment.</li>
 * </ul>
 * A failed migration fails the deployment.
 *
 * <p><b>Where migrations come from</b>: every module ships SQL under {@code db/migration/<module>/} in its jar
 * ({@code V<yyyyMMddHHmm>__<description>.sql}); the single location {@value #LOCATION} finds them all, so a new
 * module needs no change here. Inside WildFly the jars under {@code WEB-INF/lib} are JBoss VFS resources
 * ({@code vfs:} URLs); Flyway reads them with its JBoss VFS scanner, which works because WildFly gives every
 * deployment the {@code org.jboss.vfs} module. The integration tests check that migrations from more than one jar
 * were applied.
 *
 * <p>Runs with bean-managed transactions so that Flyway gets plain (non-JTA) connections from {@code TeleradDS}
 * and commits each migration itself; a PostgreSQL advisory lock (Flyway's own) keeps several nodes from
 * migrating at once.
 */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    static final String LOCATION = "classpath:db/migration";

    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                // modules' migrations are independent; one built later may carry an earlier timestamp
                .outOfOrder(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.log(System.Logger.Level.INFO, "Telerad schema at version {0} ({1} migrations applied now, {2} in all)",
                schemaVersion, result.migrationsExecuted, info.applied().length);
        migrated.fire(new SchemaMigrated(schemaVersion, result.migrationsExecuted));
    }

    /** The newest applied migration's version. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
