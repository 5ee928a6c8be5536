package org.telerad.routing.assignment.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.ShiftAvailability;
import org.telerad.routing.assignment.domain.Assignee;
import org.telerad.routing.assignment.domain.OnShift;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryWorkload;

class RegistryShiftsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");

    private final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX");
    private final FixtureReader nightReader = FixtureReader.named("Dr Night").licensedIn("US-TX")
            .privilegedAt("tx-dallas");
    private final FixtureReader dayReader = FixtureReader.named("Dr Day").licensedIn("US-TX").privilegedAt("tx-dallas");

    /** The registry's answer: the night reader is off shift at noon in Dallas, everyone else has no windows. */
    private final ShiftAvailability shifts = (radiologist, facility, at) -> radiologist.equals(nightReader.id())
            ? Optional.of("off shift at Tue 12:00 (America/Chicago); reads tx-dallas Mon, Tue 22:00-06:00")
            : Optional.empty();

    @Test
    void a_reader_off_shift_in_the_registry_is_excluded_by_on_shift_with_the_registry_s_sentence() {
        registry.with(nightReader, dayReader);
        Router router = new Router(registry, new InMemoryWorkload(), new RegistryShifts(shifts),
                new InMemoryReaderProfiles(), PreliminaryAbroadContracts.none(), RoutingSettings.defaults());

        RoutingDecision decision = router.decide(RoutingRequest.of("1.2.826.0.1.3680043.10.9", "tx-dallas",
                Modality.of("CT"), ReadingPriority.ROUTINE, ReadType.FINAL, NOW));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(dayReader.id());
        assertThat(decision.exclusionOf(nightReader.id())).hasValueSatisfying(x -> {
            assertThat(x.excludedBy(OnShift.NAME)).isTrue();
            assertThat(x.sentence()).contains("off shift at Tue 12:00 (America/Chicago)");
        });
    }

    @Test
    void a_reader_with_no_availability_counts_as_available() {
        assertThat(new RegistryShifts(shifts).unavailableBecause(dayReader.id(), "tx-dallas", NOW)).isEmpty();
    }
}
