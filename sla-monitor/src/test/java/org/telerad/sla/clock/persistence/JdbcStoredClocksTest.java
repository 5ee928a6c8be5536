package org.telerad.sla.clock.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.sla.clock.domain.PauseReason;
import org.telerad.sla.clock.domain.TaskClock;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.sla.testing.Contracts;
import org.telerad.sla.timer.persistence.SlaTables;

@ExtendWith(SlaTables.class)
class JdbcStoredClocksTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T00:00:00Z");

    private TaskClock statCt(String workitem) {
        return TaskClock.start(workitem, Contracts.dallasDefaults(), Priority.STAT, ReadType.FINAL, Modality.of("CT"),
                clock.instant());
    }

    @Test
    void a_stored_clock_reads_back_with_its_pauses_fired_timers_and_bookkeeping(DataSource db) {
        JdbcStoredClocks clocks = new JdbcStoredClocks(db);
        TaskClock c = statCt("2.25.1");
        assertThat(clocks.addIfAbsent(c, clock.instant())).isTrue();

        c.assigned(clock.advance(Duration.ofMinutes(1)));
        c.pauseFor(PauseReason.WAITING_FOR_CLINICAL_INFORMATION, clock.advance(Duration.ofMinutes(1)));
        c.resume(clock.advance(Duration.ofMinutes(3)));
        c.fireClaimed(c.pendingTimers(clock.instant()).get(0), clock.advance(Duration.ofMinutes(20)));
        c.claimed(clock.advance(Duration.ofMinutes(1)));
        c.taskCompleted(clock.advance(Duration.ofMinutes(2)));
        clocks.update(c, clock.instant());

        TaskClock.Record stored = clocks.findForUpdate("2.25.1").orElseThrow();
        assertThat(stored).isEqualTo(c.record());
        assertThat(clocks.findForUpdate(c.id())).contains(stored);
        assertThat(stored.clock().pauses()).singleElement().satisfies(p -> assertThat(p.lengthAsOf(Instant.MAX))
                .isEqualTo(Duration.ofMinutes(3)));
        assertThat(stored.outcome()).isEqualTo(TaskClock.Outcome.MET);
    }

    @Test
    void of_two_clocks_started_at_once_for_one_workitem_exactly_one_is_stored(DataSource db) throws Exception {
        JdbcStoredClocks clocks = new JdbcStoredClocks(db);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> start = () -> clocks.addIfAbsent(statCt("2.25.2"), clock.instant());
            List<Future<Boolean>> starts = two.invokeAll(List.of(start, start));
            assertThat(List.of(starts.get(0).get(), starts.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            two.shutdown();
        }
    }

    @Test
    void a_workitem_without_a_clock_has_none(DataSource db) {
        assertThat(new JdbcStoredClocks(db).findForUpdate("2.25.404")).isEmpty();
    }
}
