package org.telerad.sla.timer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.sla.clock.domain.PauseReason;
import org.telerad.sla.clock.domain.ReadingClock;
import org.telerad.sla.clock.domain.SlaTimer;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.sla.testing.Contracts;
import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.domain.TimerRecord;

@ExtendWith(SlaTables.class)
class JdbcDurableTimersTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-27T22:00:00Z");

    private ReadingClock statCt(UUID task) {
        return ReadingClock.start(task, Contracts.dallasDefaults(), Priority.STAT, ReadType.PRELIMINARY,
                Modality.of("CT"), clock.instant());
    }

    @Test
    void a_scheduled_clock_reads_back_as_its_pending_timers(DataSource db) {
        JdbcDurableTimers timers = new JdbcDurableTimers(db);
        UUID task = UUID.randomUUID();
        List<SlaTimer> due = statCt(task).due(clock.instant());

        timers.schedule(task, due);

        assertThat(timers.of(task)).map(TimerRecord::timer).containsExactlyInAnyOrderElementsOf(due);
        assertThat(timers.nextDue()).contains(clock.instant().plus(Duration.ofSeconds(22 * 60 + 30)));
    }

    @Test
    void two_nodes_claiming_the_same_due_timers_each_get_different_ones_and_together_all(DataSource db)
            throws Exception {
        JdbcDurableTimers one = new JdbcDurableTimers(db, "node-one");
        JdbcDurableTimers two = new JdbcDurableTimers(db, "node-two");
        java.util.Set<UUID> tasks = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            UUID task = UUID.randomUUID();
            tasks.add(task);
            one.schedule(task, statCt(task).due(clock.instant()));
        }
        Instant later = clock.advance(Duration.ofMinutes(40));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<List<FiredTimer>> drainOne = () -> drain(one, tasks, later);
            java.util.concurrent.Callable<List<FiredTimer>> drainTwo = () -> drain(two, tasks, later);
            List<java.util.concurrent.Future<List<FiredTimer>>> both = pool.invokeAll(List.of(drainOne, drainTwo));
            List<String> claimed = new java.util.ArrayList<>();
            for (var f : both) {
                f.get().forEach(t -> claimed.add(t.timer().taskId() + " " + t.timer().key()));
            }
            assertThat(claimed).hasSize(100).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    private static List<FiredTimer> drain(JdbcDurableTimers node, java.util.Set<UUID> tasks, Instant now) {
        List<FiredTimer> all = new java.util.ArrayList<>();
        List<FiredTimer> batch;
        do {
            batch = node.claimDueOf(tasks, now, 3);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    @Test
    void a_timer_due_while_telerad_was_down_is_claimed_at_start_with_both_instants(DataSource db) {
        JdbcDurableTimers timers = new JdbcDurableTimers(db);
        UUID task = UUID.randomUUID();
        Instant start = clock.instant();
        timers.schedule(task, statCt(task).due(start));

        Instant restarted = clock.advance(Duration.ofMinutes(32));
        List<FiredTimer> fired = timers.claimDue(restarted, 100);

        assertThat(fired).extracting(f -> f.timer().key()).containsExactly("WARNING", "ESCALATION:0", "BREACH",
                "ESCALATION:1");
        assertThat(fired).allSatisfy(f -> assertThat(f.firedAt()).isEqualTo(restarted));
        assertThat(fired.get(2).timer().dueAt()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(timers.claimDue(restarted, 100)).as("each fires once").isEmpty();
        assertThat(timers.of(task)).filteredOn(r -> r.fired().isPresent()).hasSize(4);
    }

    @Test
    void rescheduling_after_a_pause_moves_the_pending_timers_and_keeps_the_fired_ones(DataSource db) {
        JdbcDurableTimers timers = new JdbcDurableTimers(db);
        UUID task = UUID.randomUUID();
        ReadingClock readingClock = statCt(task);
        timers.schedule(task, readingClock.due(clock.instant()));
        Instant warned = clock.advance(Duration.ofMinutes(23));
        assertThat(timers.claimDue(warned, 10)).hasSize(2);
        readingClock.passTo(warned);

        readingClock.pauseFor(PauseReason.WAITING_FOR_PRIORS, warned);
        readingClock.resume(clock.advance(Duration.ofMinutes(10)));
        timers.schedule(task, readingClock.due(clock.instant()));

        assertThat(timers.of(task)).filteredOn(r -> r.timer().key().equals("BREACH")).singleElement()
                .satisfies(r -> assertThat(r.timer().dueAt()).isEqualTo(warned.minus(Duration.ofMinutes(23))
                        .plus(Duration.ofMinutes(40))));
        assertThat(timers.of(task)).filteredOn(r -> r.fired().isPresent()).hasSize(2);
        timers.cancel(task);
        assertThat(timers.of(task)).hasSize(2);
        assertThat(timers.nextDue()).isEmpty();
    }

    @Test
    void of_many_nodes_claiming_at_once_each_timer_is_claimed_exactly_once(DataSource db) throws Exception {
        JdbcDurableTimers timers = new JdbcDurableTimers(db);
        List<UUID> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID task = UUID.randomUUID();
            tasks.add(task);
            timers.schedule(task, statCt(task).due(clock.instant()));
        }
        Instant later = clock.advance(Duration.ofHours(1));
        int nodes = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<FiredTimer> claimed = new ArrayList<>();
        try {
            List<Future<List<FiredTimer>>> results = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                Callable<List<FiredTimer>> node = () -> {
                    go.await();
                    List<FiredTimer> mine = new ArrayList<>();
                    List<FiredTimer> batch;
                    while (!(batch = timers.claimDue(later, 7)).isEmpty()) {
                        mine.addAll(batch);
                    }
                    return mine;
                };
                results.add(pool.submit(node));
            }
            go.countDown();
            for (Future<List<FiredTimer>> r : results) {
                claimed.addAll(r.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(50 * 5);
        assertThat(claimed).map(f -> f.timer().taskId() + "/" + f.timer().key()).doesNotHaveDuplicates();
    }

    @Test
    void a_claim_of_one_marks_one_timer_fired_even_when_the_planner_rescans_the_due_rows(DataSource db) {
        // a nested-loop semi-join rescanning the sub-select per row: the plan in which "WHERE id IN (SELECT ... LIMIT 1 SKIP LOCKED)" claimed every due timer
        JdbcDurableTimers timers = new JdbcDurableTimers(nestedLoopsOnly(db), "node-one");
        UUID task = UUID.randomUUID();
        timers.schedule(task, statCt(task).due(clock.instant()));
        Instant allDue = clock.instant().plus(Duration.ofDays(1));

        List<FiredTimer> claimed = timers.claimDue(allDue, 1);

        assertThat(claimed).hasSize(1);
        assertThat(timers.of(task)).filteredOn(r -> r.firedAt() != null).hasSize(1);
    }

    private static DataSource nestedLoopsOnly(DataSource db) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(db, args);
                    if (result instanceof java.sql.Connection c) {
                        try (java.sql.Statement s = c.createStatement()) {
                            s.execute("SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;"
                                    + " SET enable_hashagg = off; SET enable_sort = off");
                        }
                    }
                    return result;
                });
    }
}
