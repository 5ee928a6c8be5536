package org.telerad.routing.priors.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;

@ExtendWith(RoutingTables.class)
class JdbcPriorsStoresTest {

    static final Instant T0 = Instant.parse("2026-11-27T22:00:00Z");

    @Test
    void a_prior_is_stored_once_per_task_and_study_and_replaced_on_retry(DataSource db) {
        JdbcPriorsLedger ledger = new JdbcPriorsLedger();
        ledger.dataSource = db;
        PriorStudy study = new PriorStudy("1.2.3.1", "20250301", "CT CHEST", "CT");

        ledger.record(new Prior("2.25.9", study, "us-dcm4chee", PriorState.FAILED, "answered HTTP 502", 1, T0));
        ledger.record(new Prior("2.25.9", study, "us-dcm4chee", PriorState.REQUESTED, null, 2, T0.plusSeconds(60)));

        assertThat(ledger.ofTask("2.25.9")).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(PriorState.REQUESTED);
            assertThat(p.attempts()).isEqualTo(2);
            assertThat(p.study()).isEqualTo(study);
        });
    }

    @Test
    void failed_runs_are_offered_for_retry_until_they_succeed_or_run_out_of_attempts(DataSource db) {
        JdbcPriorsLedger ledger = new JdbcPriorsLedger();
        ledger.dataSource = db;

        ledger.recordRun("2.25.10", true, "cannot connect", T0);
        ledger.recordRun("2.25.11", false, null, T0);
        assertThat(ledger.failedRuns(T0.plusSeconds(1), 10, 10)).containsExactly("2.25.10");
        assertThat(ledger.failedRuns(T0, 10, 10)).isEmpty();
        ledger.recordRun("2.25.10", true, "cannot connect", T0);
        assertThat(ledger.failedRuns(T0.plusSeconds(1), 2, 10)).isEmpty();

        ledger.recordRun("2.25.10", false, null, T0.plusSeconds(5));
        assertThat(ledger.failedRuns(T0.plusSeconds(60), 10, 10)).isEmpty();
    }

    @Test
    void existing_archives_are_orthanc_priors_sources_with_no_residency_region(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into routing_archive (name, dicomweb_base_url, ae_titles, client_id, time_zone)"
                    + " values ('some-orthanc', 'http://127.0.0.1:8042/dicom-web', 'ORTHANC', 'some-client', 'UTC')");
        }
        JdbcPriorsSources sources = new JdbcPriorsSources();
        sources.dataSource = db;

        PriorsSource source = sources.byName("some-orthanc").orElseThrow();

        assertThat(source.kind()).isEqualTo(ArchiveKind.ORTHANC);
        assertThat(source.residencyRegion()).isNull();
        assertThat(source.restBaseUrl()).hasToString("http://127.0.0.1:8042");
        assertThat(source.copies()).isFalse();
    }
}
