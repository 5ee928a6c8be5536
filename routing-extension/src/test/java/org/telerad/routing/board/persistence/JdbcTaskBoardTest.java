package org.telerad.routing.board.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.board.application.TaskBoard;
import org.telerad.routing.task.testing.StoredTasks;

@ExtendWith(RoutingTables.class)
class JdbcTaskBoardTest {

    static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    void task(DataSource db, String uid, String reader, String facility, Instant due) throws Exception {
        StoredTasks.scheduled(db, uid, "9." + uid, reader, facility, due, NOW);
    }

    @Test
    void counts_open_tasks_lists_those_due_soon_and_each_readers_load_within_the_facilities(DataSource db)
            throws Exception {
        task(db, "2.25.1", "rad-tx", "tx-dallas", NOW.plusSeconds(600));
        task(db, "2.25.2", "rad-tx", "tx-dallas", NOW.plusSeconds(7200));
        task(db, "2.25.3", null, "tx-houston", NOW.minusSeconds(60));
        task(db, "2.25.4", "rad-ca", "ca-sacramento", NOW.plusSeconds(60));

        TaskBoard.Snapshot s = new JdbcTaskBoard(db).snapshot(Set.of("tx-dallas", "tx-houston"), NOW,
                NOW.plusSeconds(1800), 10);

        assertThat(s.counts()).extracting(TaskBoard.Count::facility, TaskBoard.Count::tasks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tx-dallas", 2L),
                        org.assertj.core.groups.Tuple.tuple("tx-houston", 1L));
        assertThat(s.atRisk()).extracting(TaskBoard.AtRisk::taskId).containsExactly("2.25.3", "2.25.1");
        assertThat(s.load()).extracting(TaskBoard.Load::username, TaskBoard.Load::scheduled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rad-tx", 2L));
    }
}
