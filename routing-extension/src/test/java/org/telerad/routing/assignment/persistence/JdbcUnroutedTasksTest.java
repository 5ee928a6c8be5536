package org.telerad.routing.assignment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfiles;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryWorkload;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.persistence.JdbcReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;

@ExtendWith(RoutingTables.class)
class JdbcUnroutedTasksTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    final FixtureReader texan = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
    final Router router = new Router(new FixtureEligibility().facility("tx-dallas", "US-TX").with(texan),
            new InMemoryWorkload(), Availability.everyone(), ReaderProfiles.unknown(), PreliminaryAbroadContracts.none(),
            RoutingSettings.defaults());

    ReadingTask task(JdbcReadingTasks tasks, String uid, String study) {
        var r = ReadingRequests.ctFromDallas();
        var request = new org.telerad.routing.task.domain.ReadingRequest(study, ReadType.FINAL, r.patient(),
                r.request(), r.inputs(), r.procedureStepLabel(), r.worklistLabel(), r.priority(), r.inputReadiness(),
                r.facilityCode(), r.facts(), null, null, r.sourceArchive());
        ReadingTask t = ReadingTask.schedule(WorkitemUid.of(uid), request, NOW);
        assertThat(tasks.addIfAbsent(t)).isTrue();
        return t;
    }

    @Test
    void finds_the_scheduled_unassigned_tasks_never_routed_and_old_enough(DataSource db) {
        JdbcReadingTasks tasks = new JdbcReadingTasks(db);
        task(tasks, "2.25.1", "2.25.101");
        task(tasks, "2.25.2", "2.25.102");
        ReadingTask assigned = task(tasks, "2.25.3", "2.25.103");
        ReadingTask stored = tasks.findForUpdate(assigned.uid()).orElseThrow();
        stored.assignTo(Performer.of(null, "rad-tx", null, null), null, NOW);
        tasks.update(stored);
        new JdbcRoutingDecisions(db).record(router.decide(RoutingRequest.of("2.25.2", "tx-dallas", Modality.of("CT"),
                ReadingPriority.ROUTINE, ReadType.FINAL, NOW)));

        JdbcUnroutedTasks unrouted = new JdbcUnroutedTasks(db);

        assertThat(unrouted.scheduledWithoutDecision(NOW.plusSeconds(1), 10)).containsExactly("2.25.1");
        assertThat(unrouted.scheduledWithoutDecision(NOW, 10)).isEmpty(); // still within the grace period
    }
}
