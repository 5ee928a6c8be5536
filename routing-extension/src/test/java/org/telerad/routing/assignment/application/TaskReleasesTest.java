package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.domain.UnroutableReason;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryRoutingDecisions;
import org.telerad.routing.assignment.testing.InMemoryWorkload;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

class TaskReleasesTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX");
    final InMemoryRoutingDecisions decisions = new InMemoryRoutingDecisions();
    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();
    final FiredEvents<ReadingTaskEvent> taskEvents = new FiredEvents<>();
    final FiredEvents<TaskFoundUnroutable> unroutable = new FiredEvents<>();
    final UnroutableAlerts alerts = new UnroutableAlerts();
    ReadingTaskRouting routing;

    final FixtureReader ana = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader ben = FixtureReader.named("Ben Ortiz").licensedIn("US-TX").privilegedAt("tx-dallas");

    TaskReleasesTest() {
        alerts.audit = audit::add;
        alerts.found = unroutable;
        Router router = new Router(registry, new InMemoryWorkload(), Availability.everyone(),
                new InMemoryReaderProfiles(), PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
        routing = new ReadingTaskRouting();
        routing.clock = CLOCK;
        routing.configuration = new RoutingConfiguration();
        routing.assignments = new Assignments(router, decisions, audit::add,
                new FiredEvents<TaskRouted>().observedBy(alerts::onRouted));
    }

    TaskReleases releases() {
        TaskReleases r = new TaskReleases();
        r.tasks = store;
        r.routing = routing;
        r.decisions = decisions;
        r.audit = audit::add;
        r.clock = CLOCK;
        r.currentCaller = new CurrentCaller();
        r.events = taskEvents;
        return r;
    }

    ReadingTask scheduled() {
        return ReadingTaskServices.inMemory(store, routing, CLOCK, audit).schedule(ReadingRequests.ctFromDallas(),
                null).task();
    }

    static Caller radiologist(FixtureReader reader) {
        return new Caller(reader.username(), Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");
    }

    static Caller facilityAdmin(String... facilities) {
        return new Caller("admin", Set.of(Roles.FACILITY_ADMIN), Set.of(facilities), "127.0.0.1");
    }

    String assigneeOf(ReadingTask task) {
        return store.find(task.uid()).orElseThrow().performer().map(p -> p.username()).orElse(null);
    }

    @Test
    void a_released_task_is_re_routed_to_another_reader_never_back_to_the_one_who_released_it() {
        registry.with(ana).with(ben);
        ReadingTask task = scheduled();
        String first = assigneeOf(task);
        FixtureReader holder = first.equals(ana.username()) ? ana : ben;
        FixtureReader other = holder == ana ? ben : ana;

        TaskReleases.Released released = CurrentCaller.callAs(radiologist(holder),
                () -> releases().release(task.uid(), null));

        assertThat(released.reassignedTo()).hasValueSatisfying(p -> assertThat(p.username())
                .isEqualTo(other.username()));
        assertThat(assigneeOf(task)).isEqualTo(other.username());
        assertThat(decisions.latestFor(task.uid().value()).orElseThrow().excluded())
                .anySatisfy(e -> assertThat(e.radiologistId()).isEqualTo(holder.id()));
        assertThat(taskEvents.fired()).anySatisfy(e -> assertThat(e)
                .isInstanceOf(ReadingTaskEvent.ReadingTaskAssigned.class));
        assertThat(audit).anySatisfy(a -> assertThat(a.detail()).contains("released by " + holder.username()));
    }

    @Test
    void a_task_released_by_its_only_reader_waits_unassigned_and_raises_an_unroutable_alert() {
        registry.with(ana);
        ReadingTask task = scheduled();

        TaskReleases.Released released = CurrentCaller.callAs(radiologist(ana),
                () -> releases().release(task.uid(), "on leave"));

        assertThat(released.reassignedTo()).isEmpty();
        ReadingTask stored = store.find(task.uid()).orElseThrow();
        assertThat(stored.performer()).isEmpty();
        assertThat(stored.state()).isEqualTo(ProcedureStepState.SCHEDULED);
        assertThat(unroutable.fired()).singleElement().satisfies(e -> {
            assertThat(e.taskId()).isEqualTo(task.uid().value());
            assertThat(e.reason()).isEqualTo(UnroutableReason.NO_AVAILABLE_READER);
        });
        assertThat(alerts.raised()).isEqualTo(1);
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(AuditEventType.APPLICATION_ACTIVITY);
            assertThat(a.outcome()).isEqualTo(AuditOutcome.MINOR_FAILURE);
        });
    }

    @Test
    void a_claimed_task_cannot_be_released_because_dicom_has_no_way_back_to_scheduled() {
        registry.with(ana);
        ReadingTask task = scheduled();
        ReadingTask stored = store.find(task.uid()).orElseThrow();
        stored.claim(TransactionUid.of("2.25.777"), ana.username(), false, NOW);
        store.update(stored);

        assertThatThrownBy(() -> CurrentCaller.callAs(radiologist(ana), () -> releases().release(task.uid(), null)))
                .isInstanceOf(TeleradException.class).hasMessageContaining("IN PROGRESS");
        assertThat(assigneeOf(task)).isEqualTo(ana.username());
    }

    @Test
    void a_radiologist_cannot_release_a_task_assigned_to_someone_else() {
        registry.with(ana);
        ReadingTask task = scheduled();

        assertThatThrownBy(() -> CurrentCaller.callAs(radiologist(ben), () -> releases().release(task.uid(), null)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo("TELERAD-ROUTING-070"));
    }

    @Test
    void a_facility_admin_releases_on_a_readers_behalf_only_with_a_reason_and_only_at_their_facility() {
        registry.with(ana).with(ben);
        ReadingTask task = scheduled();

        assertThatThrownBy(() -> CurrentCaller.callAs(facilityAdmin("tx-dallas"),
                () -> releases().release(task.uid(), " "))).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> CurrentCaller.callAs(facilityAdmin("tx-houston"),
                () -> releases().release(task.uid(), "reader ill"))).isInstanceOf(TeleradException.class);

        TaskReleases.Released released = CurrentCaller.callAs(facilityAdmin("tx-dallas"),
                () -> releases().release(task.uid(), "reader ill"));

        assertThat(released.reassignedTo()).isPresent();
        assertThat(released.reassignedTo().get().username()).isNotEqualTo(released.releasedFrom().username());
    }

    @Test
    void a_task_whose_reader_lost_their_privilege_is_re_routed_after_the_registry_change() {
        registry.with(ana).with(ben);
        ReadingTask task = scheduled();
        FixtureReader holder = assigneeOf(task).equals(ana.username()) ? ana : ben;
        FixtureReader other = holder == ana ? ben : ana;
        FixtureEligibility afterChange = new FixtureEligibility().facility("tx-dallas", "US-TX").with(other);
        LostCredentials recheck = new LostCredentials();
        recheck.eligibility = afterChange;
        recheck.releases = releases();
        recheck.clock = CLOCK;
        recheck.assigned = (after, limit) -> store.find(task.uid()).filter(t -> t.performer().isPresent())
                .map(t -> List.of(new AssignedTasks.Assigned(t.uid().value(), t.facilityCode(), t.facts().modality(),
                        t.readType(), decisions.currentAssigneeOf(t.uid().value()).orElseThrow())))
                .orElse(List.of());

        recheck.onRegistryChanged(org.telerad.registry.api.RegistryChanged.of("Privilege", "x"));

        assertThat(assigneeOf(task)).isEqualTo(other.username());
        assertThat(audit).anySatisfy(a -> assertThat(a.detail()).contains(LostCredentials.TRIGGER));
        assertThat(recheck.recheck()).isZero();
    }
}
