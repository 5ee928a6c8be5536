package org.telerad.sla.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.sla.report.domain.Breach;
import org.telerad.sla.report.domain.BreachCause;
import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;
import org.telerad.sla.testing.ClockRows;
import org.telerad.sla.timer.persistence.SlaTables;

@ExtendWith(SlaTables.class)
class JdbcTurnaroundStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final ReportPeriod NOVEMBER = new ReportPeriod(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));
    private static final Instant NOW = T0.plus(Duration.ofHours(2));
    private static final double MINUTE = 60_000;

    private DataSource db;
    private ClockRows clocks;
    private JdbcTurnaroundStatistics statistics;

    @BeforeEach
    void tenStatCtReadsAtDallasTakingTenToOneHundredMinutes(DataSource db) throws SQLException {
        this.db = db;
        clocks = new ClockRows(db);
        statistics = new JdbcTurnaroundStatistics(db);
        for (int i = 1; i <= 10; i++) {
            clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", T0.plus(Duration.ofMinutes(i)),
                    Duration.ofMinutes(30)).assignedAfter(1).claimedAfter(2).stoppedAfter(10L * i).store();
        }
    }

    private TurnaroundReport dallas() {
        return statistics.report(Set.of("tx-dallas"), NOVEMBER, NOW);
    }

    @Test
    void percentiles_of_turnaround_are_computed_over_completed_reads() {
        TurnaroundFigures all = dallas().overall();

        assertThat(all.tasks()).isEqualTo(10);
        assertThat(all.completed()).isEqualTo(10);
        assertThat(all.withinTarget()).isEqualTo(3);
        assertThat(all.shareWithinTarget()).isEqualTo(0.3);
        assertThat(all.p50Ms()).isCloseTo(55 * MINUTE, within(1.0));
        assertThat(all.p90Ms()).isCloseTo(91 * MINUTE, within(1.0));
        assertThat(all.p99Ms()).isCloseTo(99.1 * MINUTE, within(1.0));
    }

    @Test
    void figures_are_broken_down_by_priority_modality_and_read_type() throws SQLException {
        clocks.clock("tx-dallas", "ROUTINE", "FINAL", "MR", T0, Duration.ofHours(24)).assignedAfter(5)
                .claimedAfter(10).pausedBetween(20, 40L, "WAITING_FOR_PRIORS").stoppedAfter(70).store();
        clocks.clock("tx-dallas", "URGENT", "FINAL", null, T0, Duration.ofHours(24)).stoppedAfter(30).store();

        TurnaroundReport report = dallas();

        assertThat(report.byPriority()).extracting(TurnaroundFigures::value).containsExactly("STAT", "URGENT",
                "ROUTINE");
        assertThat(report.byPriority().get(2).p50Ms()).as("70 minutes less a 20 minute pause")
                .isCloseTo(50 * MINUTE, within(1.0));
        assertThat(report.byModality()).extracting(TurnaroundFigures::value).containsExactly("(unknown)", "CT",
                "MR");
        assertThat(report.byReadType()).extracting(TurnaroundFigures::value, TurnaroundFigures::tasks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FINAL", 2L),
                        org.assertj.core.groups.Tuple.tuple("PRELIMINARY", 10L));
    }

    @Test
    void canceled_reads_other_facilities_and_reads_started_outside_the_period_do_not_count() throws SQLException {
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", T0, Duration.ofMinutes(30)).canceledAfter(5).store();
        clocks.clock("tx-houston", "STAT", "PRELIMINARY", "CT", T0, Duration.ofMinutes(30)).stoppedAfter(5).store();
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", Instant.parse("2026-10-31T23:00:00Z"),
                Duration.ofMinutes(30)).stoppedAfter(5).store();

        assertThat(dallas().overall().tasks()).isEqualTo(10);
        assertThat(statistics.report(Set.of(), NOVEMBER, NOW).overall().tasks()).as("every facility").isEqualTo(11);
        assertThat(statistics.report(Set.of("tx-dallas", "tx-houston"), NOVEMBER, NOW).overall().withinTarget())
                .isEqualTo(4);
    }

    @Test
    void breaches_say_where_the_time_went() throws SQLException {
        TurnaroundReport report = dallas();

        assertThat(report.breaches()).hasSize(7);
        Breach slowest = report.breaches().get(6);
        assertThat(slowest.unassignedMs()).isEqualTo(60_000L);
        assertThat(slowest.timeToClaimMs()).isEqualTo(60_000L);
        assertThat(slowest.readingMs()).isEqualTo(98 * 60_000L);
        assertThat(slowest.mainCause()).isEqualTo(BreachCause.READING);
        assertThat(slowest.overdueMs(NOW)).isEqualTo(70 * 60_000L);
    }

    @Test
    void a_read_still_running_past_due_is_an_open_breach_nobody_was_assigned_to() throws SQLException {
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "XA", T0, Duration.ofMinutes(30)).store();
        clocks.clock("tx-dallas", "ROUTINE", "FINAL", "XA", T0, Duration.ofHours(24)).assignedAfter(1).store();

        TurnaroundReport report = dallas();

        assertThat(report.overall().running()).isEqualTo(2);
        assertThat(report.overall().breached()).isEqualTo(8);
        Breach open = report.breaches().stream().filter(b -> "XA".equals(b.modality())).findFirst().orElseThrow();
        assertThat(open.open()).isTrue();
        assertThat(open.unassignedMs()).isEqualTo(120 * 60_000L);
        assertThat(open.timeToClaimMs()).isNull();
        assertThat(open.mainCause()).isEqualTo(BreachCause.UNASSIGNED);
    }

    @Test
    void a_breach_mostly_spent_paused_names_the_pause_and_its_reason() throws SQLException {
        clocks.clock("tx-houston", "URGENT", "PRELIMINARY", "MR", T0, Duration.ofMinutes(60)).assignedAfter(1)
                .claimedAfter(2).pausedBetween(3, null, "WAITING_FOR_CLINICAL_INFORMATION").breachTimerFired()
                .store();

        Breach paused = statistics.report(Set.of("tx-houston"), NOVEMBER, NOW).breaches().get(0);

        assertThat(paused.pausedMs()).isEqualTo(117 * 60_000L);
        assertThat(paused.pauseReasons()).isEqualTo("WAITING_FOR_CLINICAL_INFORMATION");
        assertThat(paused.mainCause()).isEqualTo(BreachCause.PAUSED);
    }
}
