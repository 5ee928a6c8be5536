package org.telerad.routing.worklist.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.worklist.application.Worklist;
import org.telerad.routing.worklist.application.WorklistEntry;
import org.telerad.routing.worklist.application.WorklistScope;
import org.telerad.routing.task.testing.StoredTasks;

@ExtendWith(RoutingTables.class)
class JdbcWorklistTest {

    static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    static final Worklist.Query ALL = new Worklist.Query(null, null, false, 100);

    void task(DataSource db, String uid, String study, String reader, String facility, Instant due) throws Exception {
        StoredTasks.scheduled(db, uid, study, reader, facility, due, NOW);
    }

    @Test
    void a_radiologist_sees_only_their_own_tasks_soonest_due_first_and_those_without_due_time_last(DataSource db)
            throws Exception {
        task(db, "2.25.1", "2.25.101", "rad-tx", "tx-dallas", null);
        task(db, "2.25.2", "2.25.102", "rad-tx", "tx-dallas", NOW.plusSeconds(3600));
        task(db, "2.25.3", "2.25.103", "rad-tx", "tx-houston", NOW.plusSeconds(600));
        task(db, "2.25.4", "2.25.104", "rad-ca", "tx-dallas", NOW.plusSeconds(60));
        task(db, "2.25.5", "2.25.105", null, "tx-dallas", NOW.plusSeconds(60));

        var items = new JdbcWorklist(db).open(new WorklistScope(false, Set.of(), "rad-tx"), ALL);

        assertThat(items).extracting(WorklistEntry::taskId).containsExactly("2.25.3", "2.25.2", "2.25.1");
        assertThat(items.get(0).dueAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(items.get(2).dueAt()).isNull();
    }

    @Test
    void a_facility_admin_sees_their_facilities_tasks_and_an_auditor_all_with_their_own_first(DataSource db)
            throws Exception {
        task(db, "2.25.1", "2.25.101", "rad-tx", "tx-dallas", NOW.plusSeconds(600));
        task(db, "2.25.2", "2.25.102", "rad-ca", "ca-sacramento", NOW.plusSeconds(60));
        task(db, "2.25.3", "2.25.103", null, "tx-houston", null);
        JdbcWorklist worklist = new JdbcWorklist(db);

        assertThat(worklist.open(new WorklistScope(false, Set.of("tx-dallas", "tx-houston"), null), ALL))
                .extracting(WorklistEntry::taskId).containsExactly("2.25.1", "2.25.3");
        assertThat(worklist.open(new WorklistScope(true, Set.of(), "rad-tx"), ALL))
                .extracting(WorklistEntry::taskId).containsExactly("2.25.1", "2.25.2", "2.25.3");
        assertThat(worklist.open(new WorklistScope(true, Set.of(), "auditor"),
                new Worklist.Query("ca-sacramento", null, false, 10))).extracting(WorklistEntry::taskId)
                .containsExactly("2.25.2");
    }

    @Test
    void a_task_outside_the_scope_is_not_found(DataSource db) throws Exception {
        task(db, "2.25.1", "2.25.101", "rad-ca", "ca-sacramento", null);
        JdbcWorklist worklist = new JdbcWorklist(db);

        assertThat(worklist.task(new WorklistScope(false, Set.of(), "rad-tx"), "2.25.1")).isEmpty();
        assertThat(worklist.task(new WorklistScope(false, Set.of(), "rad-ca"), "2.25.1")).get()
                .extracting(WorklistEntry::studyInstanceUid).isEqualTo("2.25.101");
        assertThat(worklist.open(new WorklistScope(false, Set.of(), "rad-tx"),
                new Worklist.Query(null, "2.25.101", false, 10))).isEmpty();
    }
}
