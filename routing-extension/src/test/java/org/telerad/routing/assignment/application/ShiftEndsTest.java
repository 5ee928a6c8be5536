package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryRoutingDecisions;
import org.telerad.routing.assignment.testing.InMemoryWorkload;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

class ShiftEndsTest {

    static final Instant NOW = Instant.parse("2026-11-27T23:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final FixtureReader ana = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader ben = FixtureReader.named("Ben Ortiz").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX").with(ana).with(ben);
    final Set<UUID> offShift = new HashSet<>();
    final Availability shifts = (reader, facility, at) -> offShift.contains(reader)
            ? Optional.of("off shift at " + at) : Optional.empty();
    final InMemoryRoutingDecisions decisions = new InMemoryRoutingDecisions();
    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();
    final ReadingTaskRouting routing = new ReadingTaskRouting();
    final ReadingTaskService service;
    final ShiftEnds check = new ShiftEnds();

    ShiftEndsTest() {
        UnroutableAlerts alerts = new UnroutableAlerts();
        alerts.audit = audit::add;
        alerts.found = new FiredEvents<>();
        Router router = new Router(registry, new InMemoryWorkload(), shifts, new InMemoryReaderProfiles(),
                PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
        routing.clock = CLOCK;
        routing.configuration = new RoutingConfiguration();
        routing.assignments = new Assignments(router, decisions, audit::add,
                new FiredEvents<TaskRouted>().observedBy(alerts::onRouted));
        service = ReadingTaskServices.inMemory(store, routing, CLOCK, audit);
        TaskReleases releases = new TaskReleases();
        releases.tasks = store;
        releases.routing = routing;
        releases.decisions = decisions;
        releases.audit = audit::add;
        releases.clock = CLOCK;
        releases.currentCaller = new CurrentCaller();
        releases.events = new FiredEvents<ReadingTaskEvent>();
        check.releases = releases;
        check.eligibility = registry;
        check.availability = shifts;
        check.clock = CLOCK;
        // what the query answers: every task with a current assignee (also one claimed since it was listed)
        check.assigned = (after, limit) -> after != null ? List.of() : store.search(
                org.telerad.routing.task.domain.TaskCriteria.any(), 0, limit).stream()
                .filter(t -> t.performer().isPresent())
                .flatMap(t -> decisions.currentAssigneeOf(t.uid().value()).stream()
                        .map(id -> new AssignedTasks.Assigned(t.uid().value(), t.facilityCode(), t.facts().modality(),
                                t.readType(), id)))
                .toList();
    }

    String performerOf(ReadingTask task) {
        return store.find(task.uid()).orElseThrow().performer().map(p -> p.username()).orElse(null);
    }

    FixtureReader holderOf(ReadingTask task) {
        return performerOf(task).equals(ana.username()) ? ana : ben;
    }

    @Test
    void a_task_whose_reader_goes_off_shift_is_rerouted_to_one_on_shift() {
        ReadingTask task = service.schedule(ReadingRequests.ctFromDallas(), null).task();
        FixtureReader holder = holderOf(task);
        FixtureReader other = holder == ana ? ben : ana;

        offShift.add(holder.id());

        assertThat(check.recheck()).isEqualTo(1);
        assertThat(performerOf(task)).isEqualTo(other.username());
        assertThat(store.find(task.uid()).orElseThrow().state()).isEqualTo(ProcedureStepState.SCHEDULED);
        assertThat(audit).anySatisfy(a -> assertThat(a.detail())
                .contains("withdrawn: " + ShiftEnds.TRIGGER).contains("performer"));
        assertThat(audit).anySatisfy(a -> assertThat(a.detail())
                .contains("re-assigned to performer").contains(ShiftEnds.TRIGGER));
        assertThat(check.recheck()).as("nothing left to move").isZero();
    }

    @Test
    void a_task_whose_reader_goes_off_shift_with_nobody_else_on_shift_waits_unassigned() {
        ReadingTask task = service.schedule(ReadingRequests.ctFromDallas(), null).task();
        offShift.add(ana.id());
        offShift.add(ben.id());

        assertThat(check.recheck()).isEqualTo(1);

        assertThat(performerOf(task)).isNull();
        assertThat(decisions.currentAssigneeOf(task.uid().value())).isEmpty();
    }

    @Test
    void a_claimed_task_stays_with_its_reader_when_the_shift_ends() {
        ReadingTask task = service.schedule(ReadingRequests.ctFromDallas(), null).task();
        FixtureReader holder = holderOf(task);
        CurrentCaller.callAs(new Caller(holder.username(), Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1"),
                () -> service.changeState(task.uid(), ProcedureStepState.IN_PROGRESS, TransactionUid.of("1.2.3.9")));
        int auditBefore = audit.size();

        offShift.add(holder.id());

        assertThat(check.recheck()).isZero();
        ReadingTask stored = store.find(task.uid()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);
        assertThat(performerOf(task)).isEqualTo(holder.username());
        assertThat(audit).hasSize(auditBefore);
    }

    @Test
    void a_reader_still_on_shift_keeps_the_task() {
        ReadingTask task = service.schedule(ReadingRequests.ctFromDallas(), null).task();
        String holder = performerOf(task);

        assertThat(check.recheck()).isZero();

        assertThat(performerOf(task)).isEqualTo(holder);
    }
}
