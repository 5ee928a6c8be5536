package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Assignee;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PatientKey;
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
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditRecord;

class ReadingTaskRoutingTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    @Test
    void a_reading_task_becomes_a_routing_request_with_the_patient_only_as_key_and_age() {
        ReadingTaskRouting routing = new ReadingTaskRouting();
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routing.configuration = new RoutingConfiguration();
        ReadingTask task = ReadingTask.schedule(WorkitemUid.of("2.25.1234"), new ReadingRequest("1.2.840.1.2.3",
                ReadType.FINAL, new Patient("MRN-9", "HOSP-A", "Doe^Jane", LocalDate.of(2019, 3, 1), "F"), null,
                null, null, null, Priority.HIGH, null, "tx-dallas", new StudyFacts("MR", "BRAIN", "Dallas General",
                        "MRI BRAIN W/O"), null, null, null), NOW);

        RoutingRequest request = routing.requestOf(task);

        assertThat(request.taskId()).isEqualTo("2.25.1234");
        assertThat(request.facilityCode()).isEqualTo("tx-dallas");
        assertThat(request.modality().code()).isEqualTo("MR");
        assertThat(request.bodyPart()).isEqualTo("BRAIN");
        assertThat(request.priority()).isEqualTo(ReadingPriority.STAT);
        assertThat(request.readType()).isEqualTo(ReadType.FINAL);
        assertThat(request.patientAge().years()).isEqualTo(7);
        assertThat(request.patientKey()).isEqualTo(PatientKey.of("MRN-9", "HOSP-A"));
        assertThat(request.toString()).doesNotContain("MRN-9").doesNotContain("Doe");
        assertThat(request.mayGoAbroad()).isTrue();
    }

    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX");
    final InMemoryReaderProfiles profiles = new InMemoryReaderProfiles();
    final InMemoryRoutingDecisions decisions = new InMemoryRoutingDecisions();
    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();

    ReadingTaskService service() {
        Router router = new Router(registry, new InMemoryWorkload(), Availability.everyone(), profiles,
                PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
        ReadingTaskRouting routing = new ReadingTaskRouting();
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routing.configuration = new RoutingConfiguration();
        routing.assignments = new Assignments(router, decisions, audit::add, new FiredEvents<>());
        return ReadingTaskServices.inMemory(store, routing, Clock.fixed(NOW, ZoneOffset.UTC), audit);
    }

    @Test
    void the_workitem_names_the_radiologist_the_decision_assigned() {
        FixtureReader withoutLoginOrNpi = FixtureReader.named("Emily Johnson").licensedIn("US-TX")
                .privilegedAt("tx-dallas").withoutLogin();
        registry.with(withoutLoginOrNpi);

        ReadingTask task = service().schedule(ReadingRequests.ctFromDallas(), null).task();

        Assignee assignee = decisions.latestFor(task.uid().value()).orElseThrow().assignee().orElseThrow();
        assertThat(assignee.radiologistId()).isEqualTo(withoutLoginOrNpi.id());
        assertThat(store.find(task.uid()).orElseThrow().performer()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(withoutLoginOrNpi.id().toString());
            assertThat(p.codingScheme()).isEqualTo(Performer.TELERAD_RADIOLOGIST_SCHEME);
            assertThat(p.name()).isEqualTo("Emily Johnson");
            assertThat(p.username()).isNull();
        });
    }

    @Test
    void a_radiologist_with_an_npi_is_named_by_it_and_still_matched_by_username() {
        FixtureReader texan = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(texan);
        profiles.withNpi(texan, "US", "1234567893");

        ReadingTask task = service().schedule(ReadingRequests.ctFromDallas(), null).task();

        ReadingTask stored = store.find(task.uid()).orElseThrow();
        assertThat(stored.performer()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("1234567893");
            assertThat(p.codingScheme()).isEqualTo(Performer.NPI_SCHEME);
            assertThat(p.username()).isEqualTo(texan.username());
        });
        assertThat(stored.belongsTo(texan.username())).isTrue();
        assertThat(decisions.latestFor(task.uid().value()).orElseThrow().assignee()).map(Assignee::username)
                .contains(texan.username());
    }

    @Test
    void a_radiologist_without_npi_is_named_by_username() {
        FixtureReader texan = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(texan);

        ReadingTask task = service().schedule(ReadingRequests.ctFromDallas(), null).task();

        assertThat(store.find(task.uid()).orElseThrow().performer()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(texan.username());
            assertThat(p.codingScheme()).isEqualTo(Performer.TELERAD_USERNAME_SCHEME);
        });
    }
}
