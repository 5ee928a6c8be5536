package org.telerad.routing.enrichment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Due;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Outcome;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.persistence.JdbcReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;

@ExtendWith(RoutingTables.class)
class JdbcEnrichmentBacklogTest {

    static final Instant T0 = Instant.parse("2026-11-27T21:00:00Z");

    private static ReadingTask storedTask(DataSource db, String facility) {
        JdbcReadingTasks tasks = new JdbcReadingTasks(db);
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas().atFacility(facility),
                T0);
        tasks.addIfAbsent(task);
        return task;
    }

    @Test
    void a_pending_task_is_claimed_when_due_once_and_not_again_until_its_claim_expires(DataSource db) {
        JdbcEnrichmentBacklog backlog = new JdbcEnrichmentBacklog(db);
        ReadingTask task = storedTask(db, null);
        backlog.record(task.uid(), Outcome.PENDING, "archive local-orthanc not asked", T0.plusSeconds(30), T0);

        assertThat(backlog.claimDue(T0.plusSeconds(10), T0, T0.plusSeconds(130), 10)).isEmpty();
        List<Due> due = backlog.claimDue(T0.plusSeconds(30), T0, T0.plusSeconds(150), 10);
        assertThat(due).containsExactly(new Due(task.uid(), ReadingRequests.STUDY, "local-orthanc", 1));
        assertThat(backlog.claimDue(T0.plusSeconds(31), T0, T0.plusSeconds(151), 10)).isEmpty();

        backlog.record(task.uid(), Outcome.ENRICHED, "facility tx-dallas", null, T0.plusSeconds(40));
        assertThat(backlog.claimDue(T0.plusSeconds(300), T0, T0.plusSeconds(400), 10)).isEmpty();
    }

    @Test
    void a_task_from_an_archive_without_facility_and_without_a_recorded_outcome_is_adopted(DataSource db) {
        JdbcEnrichmentBacklog backlog = new JdbcEnrichmentBacklog(db);
        ReadingTask orphan = storedTask(db, null);
        storedTaskOtherStudy(db);

        List<Due> due = backlog.claimDue(T0.plusSeconds(60), T0.plusSeconds(30), T0.plusSeconds(180), 10);

        assertThat(due).extracting(Due::workitem).containsExactly(orphan.uid());
    }

    private static void storedTaskOtherStudy(DataSource db) {
        // a task with its facility known is never adopted
        JdbcReadingTasks tasks = new JdbcReadingTasks(db);
        var r = ReadingRequests.ctFromDallas();
        tasks.addIfAbsent(ReadingTask.schedule(WorkitemUid.generate(), new org.telerad.routing.task.domain.ReadingRequest(
                "2.25.2002", r.readType(), r.patient(), r.request(), List.of(), null, null, r.priority(),
                r.inputReadiness(), "tx-dallas", r.facts(), null, null, "local-orthanc"), T0));
    }
}
