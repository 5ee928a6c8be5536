package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryRoutingDecisions;
import org.telerad.routing.assignment.testing.InMemoryWorkload;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.routing.upsrs.dicom.UpsWorkitemTranslator;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.Tag;
import org.telerad.shared.testing.FiredEvents;

/** Human Performer's Name (0040,4037) is a DICOM PN built from the registry's family and given names. */
class HumanPerformerNameTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:30:00Z");

    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX");
    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();

    ReadingTask routedWith(RadiologistDirectory directory) {
        Router router = new Router(registry, new InMemoryWorkload(), Availability.everyone(),
                new InMemoryReaderProfiles(), PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
        ReadingTaskRouting routing = new ReadingTaskRouting();
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routing.configuration = new RoutingConfiguration();
        routing.assignments = new Assignments(router, new InMemoryRoutingDecisions(), audit::add, new FiredEvents<>());
        routing.directory = directory;
        ReadingTask task = ReadingTaskServices.inMemory(store, routing, Clock.fixed(NOW, ZoneOffset.UTC), audit)
                .schedule(ReadingRequests.ctFromDallas(), null).task();
        return store.find(task.uid()).orElseThrow();
    }

    @Test
    void the_performer_is_named_family_caret_given_from_the_registry() {
        FixtureReader reyes = FixtureReader.named("Ana Maria Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(reyes);

        ReadingTask task = routedWith(id -> Optional.of(new RadiologistDirectory.Entry(id, "Ana Maria Reyes",
                reyes.username(), "US", null, true, "Reyes", "Ana Maria")));

        assertThat(task.performer()).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Reyes^Ana Maria");
            assertThat(p.displayName()).isEqualTo("Ana Maria Reyes");
        });
        DicomAttributes workitem = UpsWorkitemTranslator.toDicom(task);
        String json = org.telerad.shared.dicom.DicomJson.standard().write(workitem);
        assertThat(json).contains("\"00404037\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Reyes^Ana Maria\"}]}");
        assertThat(workitem.has(Tag.ScheduledHumanPerformersSequence)).isTrue();
    }

    @Test
    void without_family_and_given_names_the_display_name_stays() {
        FixtureReader reyes = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(reyes);

        ReadingTask task = routedWith(id -> Optional.of(new RadiologistDirectory.Entry(id, "Ana Reyes",
                reyes.username(), "US", null, true)));

        assertThat(task.performer()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Ana Reyes"));
    }

    @Test
    void pn_delimiters_inside_a_name_part_never_shift_the_components() {
        RadiologistDirectory.Entry odd = new RadiologistDirectory.Entry(java.util.UUID.randomUUID(), "x", null, "US",
                null, true, "O^Brien=X", "Se\\an");

        assertThat(odd.dicomPersonName()).contains("O Brien X^Se an");
        assertThat(new RadiologistDirectory.Entry(odd.radiologistId(), "x", null, "US", null, true, null, "Ana")
                .dicomPersonName()).isEmpty();
    }
}
