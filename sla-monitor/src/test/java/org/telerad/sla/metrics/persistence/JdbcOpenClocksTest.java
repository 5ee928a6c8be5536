package org.telerad.sla.metrics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.metrics.application.OpenClockSnapshot;
import org.telerad.sla.metrics.application.OpenClockSnapshot.DueWithin;
import org.telerad.sla.metrics.application.OpenClockSnapshot.TaskState;
import org.telerad.sla.testing.ClockRows;
import org.telerad.sla.timer.persistence.SlaTables;

@ExtendWith(SlaTables.class)
class JdbcOpenClocksTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void running_clocks_are_counted_by_task_state_priority_and_time_to_due(DataSource db) throws SQLException {
        ClockRows clocks = new ClockRows(db);
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", T0, Duration.ofMinutes(30)).store();
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", T0, Duration.ofMinutes(30)).assignedAfter(1).store();
        clocks.clock("tx-dallas", "URGENT", "PRELIMINARY", "MR", T0, Duration.ofMinutes(60)).assignedAfter(1)
                .claimedAfter(2).store();
        clocks.clock("tx-dallas", "ROUTINE", "FINAL", "MR", T0, Duration.ofHours(24)).assignedAfter(1)
                .claimedAfter(2).pausedBetween(3, null, "WAITING_FOR_PRIORS").store();
        clocks.clock("tx-dallas", "STAT", "PRELIMINARY", "CT", T0, Duration.ofMinutes(30)).stoppedAfter(10).store();

        OpenClockSnapshot s = new JdbcOpenClocks(db).snapshot(T0.plus(Duration.ofMinutes(27)));

        assertThat(s.count(TaskState.UNASSIGNED, Priority.STAT)).isEqualTo(1);
        assertThat(s.count(TaskState.ASSIGNED, Priority.STAT)).isEqualTo(1);
        assertThat(s.count(TaskState.IN_PROGRESS, Priority.URGENT)).isEqualTo(1);
        assertThat(s.count(TaskState.PAUSED, Priority.ROUTINE)).isEqualTo(1);
        assertThat(s.dueWithin(DueWithin.FIVE_MINUTES)).isEqualTo(2);
        assertThat(s.dueWithin(DueWithin.ONE_HOUR)).isEqualTo(1);
        assertThat(s.dueWithin(DueWithin.ONE_DAY)).isEqualTo(1);
        assertThat(s.dueWithin(DueWithin.OVERDUE)).isZero();
    }
}
