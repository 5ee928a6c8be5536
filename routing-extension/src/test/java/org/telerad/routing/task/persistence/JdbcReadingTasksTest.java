package org.telerad.routing.task.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.problem.TeleradException;

@ExtendWith(RoutingTables.class)
class JdbcReadingTasksTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:00:00.123456Z");

    private static JdbcReadingTasks on(DataSource dataSource) {
        JdbcReadingTasks tasks = new JdbcReadingTasks();
        tasks.dataSource = dataSource;
        return tasks;
    }

    @Test
    void a_stored_task_reads_back_exactly_as_it_was(DataSource db) {
        JdbcReadingTasks tasks = on(db);
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas(), NOW);
        task.assignTo(Performer.of("1234567893", "rad-tx", "Reyes^Ana", "Telerad"), NOW.plusSeconds(60), NOW);

        assertThat(tasks.addIfAbsent(task)).isTrue();

        assertThat(tasks.find(task.uid()).orElseThrow().snapshot()).isEqualTo(task.snapshot());
    }

    @Test
    void of_many_nodes_adding_a_task_for_the_same_study_at_once_exactly_one_stores_it(DataSource db)
            throws Exception {
        JdbcReadingTasks tasks = on(db);
        int nodes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Callable<Boolean>> adds = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                adds.add(() -> {
                    start.await();
                    return tasks.addIfAbsent(ReadingTask.schedule(WorkitemUid.generate(),
                            ReadingRequests.ctFromDallas(), NOW));
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            adds.forEach(a -> results.add(pool.submit(a)));
            start.countDown();
            int stored = 0;
            for (Future<Boolean> r : results) {
                stored += r.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(tasks.search(new TaskCriteria(null, null, null, null, null, List.of(ReadingRequests.STUDY), null,
                null), 0, 10)).hasSize(1);
    }

    @Test
    void an_update_from_a_stale_copy_is_refused(DataSource db) {
        JdbcReadingTasks tasks = on(db);
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas(), NOW);
        tasks.addIfAbsent(task);
        ReadingTask first = tasks.findForUpdate(task.uid()).orElseThrow();
        ReadingTask second = tasks.find(task.uid()).orElseThrow();
        first.claim(TransactionUid.of("1.2.3.4"), "rad-tx", true, NOW);
        tasks.update(first);

        second.claim(TransactionUid.of("1.2.3.5"), "rad-ca", true, NOW);

        assertThatThrownBy(() -> tasks.update(second)).isInstanceOfSatisfying(TeleradException.class,
                e -> assertThat(e.code()).isEqualTo("TELERAD-TASK-021"));
        ReadingTask stored = tasks.find(task.uid()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);
        assertThat(stored.snapshot().claimedBy()).isEqualTo("rad-tx");
    }

    @Test
    void a_radiologists_worklist_holds_only_their_tasks(DataSource db) {
        JdbcReadingTasks tasks = on(db);
        ReadingTask mine = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas(), NOW);
        mine.assignTo(Performer.of(null, "rad-tx", null, null), null, NOW);
        tasks.addIfAbsent(mine);

        assertThat(tasks.search(TaskCriteria.any().onlyFor("rad-tx"), 0, 10)).hasSize(1);
        assertThat(tasks.search(TaskCriteria.any().onlyFor("rad-ca"), 0, 10)).isEmpty();
    }
}
