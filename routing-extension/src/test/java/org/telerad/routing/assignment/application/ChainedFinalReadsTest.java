package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContract;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.domain.UnroutableReason;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryRoutingDecisions;
import org.telerad.routing.assignment.testing.InMemoryWorkload;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditRecord;

class ChainedFinalReadsTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    final FixtureReader texan = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader sydney = FixtureReader.named("Dr Sydney").licensedIn("AU").privilegedForPreliminaryAt("tx-dallas");
    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX").with(texan, sydney);
    final InMemoryReaderProfiles profiles = new InMemoryReaderProfiles().readingFrom(texan, "US")
            .readingFrom(sydney, "AU");
    /** The only local reader is off shift tonight. */
    final Availability availability = (id, facility, at) -> id.equals(texan.id())
            ? Optional.of("off shift until 07:00 CST") : Optional.empty();
    final PreliminaryAbroadContracts contracts = code -> code.equals("tx-dallas")
            ? Optional.of(new PreliminaryAbroadContract("tx-dallas", Set.of("AU")))
            : Optional.empty();

    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final InMemoryRoutingDecisions decisions = new InMemoryRoutingDecisions();
    final FiredEvents<TaskRouted> routed = new FiredEvents<>();
    final List<AuditRecord> audit = new ArrayList<>();
    final ReadingTaskService service;
    final ChainedFinalReads chained = new ChainedFinalReads();

    ChainedFinalReadsTest() {
        Router router = new Router(registry, new InMemoryWorkload(), availability, profiles, contracts,
                RoutingSettings.defaults());
        ReadingTaskRouting routing = new ReadingTaskRouting();
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routing.configuration = new RoutingConfiguration();
        routing.tasks = store;
        routing.assignments = new Assignments(router, decisions, audit::add, routed);
        service = ReadingTaskServices.inMemory(store, routing, Clock.fixed(NOW, ZoneOffset.UTC), audit);
        chained.tasks = service;
    }

    /** What the after-commit observer does with every decision routing recorded. */
    void afterCommit() {
        List<TaskRouted> events = List.copyOf(routed.fired());
        routed.fired().clear();
        events.forEach(e -> chained.chain(e.decision()));
    }

    List<ReadingTask> tasksOfTheStudy() {
        return store.search(new TaskCriteria(null, null, null, null, null, List.of(ReadingRequests.STUDY), null, null),
                0, 10);
    }

    @Test
    void a_preliminary_read_abroad_chains_a_final_read_restricted_to_readers_licensed_in_the_patient_s_jurisdiction() {
        WorkitemUid first = service.schedule(ReadingRequests.ctFromDallas(), null).task().uid();
        afterCommit();

        ReadingTask preliminary = store.find(first).orElseThrow();
        assertThat(preliminary.readType()).isEqualTo(ReadType.PRELIMINARY);
        assertThat(preliminary.readType().dicomCode()).isEqualTo("121362");
        assertThat(preliminary.performer()).hasValueSatisfying(p -> assertThat(p.username())
                .isEqualTo(sydney.username()));

        ReadingTask finalRead = tasksOfTheStudy().stream().filter(t -> t.readType() == ReadType.FINAL).findFirst()
                .orElseThrow();
        assertThat(finalRead.uid()).isNotEqualTo(first);
        assertThat(finalRead.readType().dicomCode()).isEqualTo("128005");
        assertThat(finalRead.facilityCode()).isEqualTo("tx-dallas");
        // routed with local readers only: the Texan is off shift, so it waits, and never goes abroad again
        RoutingDecision finalDecision = decisions.latestFor(finalRead.uid().value()).orElseThrow();
        assertThat(finalDecision.unroutableReason()).contains(UnroutableReason.NO_AVAILABLE_READER);
        assertThat(finalDecision.chainedFinal()).isEmpty();
        assertThat(finalRead.performer()).isEmpty();
    }

    @Test
    void chaining_again_creates_no_second_final_task() {
        WorkitemUid first = service.schedule(ReadingRequests.ctFromDallas(), null).task().uid();
        RoutingDecision abroad = decisions.latestFor(first.value()).orElseThrow();
        afterCommit();

        chained.chain(abroad);
        chained.chain(abroad);

        assertThat(tasksOfTheStudy()).extracting(ReadingTask::readType)
                .containsExactlyInAnyOrder(ReadType.PRELIMINARY, ReadType.FINAL);
    }

    @Test
    void a_decision_assigning_a_local_reader_chains_nothing() {
        FixtureReader dayShift = FixtureReader.named("Dr Day").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(dayShift);

        service.schedule(ReadingRequests.ctFromDallas(), null);
        afterCommit();

        assertThat(tasksOfTheStudy()).singleElement().satisfies(t -> {
            assertThat(t.readType()).isEqualTo(ReadType.FINAL);
            assertThat(t.performer()).hasValueSatisfying(p -> assertThat(p.username()).isEqualTo(dayShift.username()));
        });
    }
}
