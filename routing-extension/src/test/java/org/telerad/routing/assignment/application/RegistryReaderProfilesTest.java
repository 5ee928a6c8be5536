package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfile;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryWorkload;

class RegistryReaderProfilesTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    final FixtureReader texan = FixtureReader.named("Riley Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader sydney = FixtureReader.named("Ana Sydney").licensedIn("US-TX").privilegedAt("tx-dallas");

    /** The registry's directory as a map. */
    final Map<UUID, RadiologistDirectory.Entry> entries = Map.of(
            texan.id(), new RadiologistDirectory.Entry(texan.id(), texan.name(), "rad-tx", "US", "1000000010", true),
            sydney.id(), new RadiologistDirectory.Entry(sydney.id(), sydney.name(), null, "AU", null, true));
    final RegistryReaderProfiles profiles = new RegistryReaderProfiles(id -> Optional.ofNullable(entries.get(id)));

    @Test
    void a_reader_s_profile_is_their_registry_home_country_npi_and_username() {
        assertThat(profiles.of(texan.id())).contains(new ReaderProfile(texan.id(), "US", "1000000010", "rad-tx"));
        assertThat(profiles.of(sydney.id())).contains(new ReaderProfile(sydney.id(), "AU", null, null));
        assertThat(profiles.of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_facility_whose_studies_stay_in_the_country_is_routed_to_the_reader_at_home_and_never_abroad() {
        FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX").with(texan, sydney);
        Router router = new Router(registry, new InMemoryWorkload().holding(texan, 2.0), Availability.everyone(),
                profiles, PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
        RoutingRequest request = RoutingRequest.of("1.2.3", "tx-dallas", org.telerad.registry.api.Modality.of("CT"),
                ReadingPriority.ROUTINE, ReadType.FINAL, NOW).readableFrom(Set.of("US"));

        RoutingDecision decision = router.decide(request);

        assertThat(decision.assignee()).hasValueSatisfying(a -> {
            assertThat(a.radiologistId()).isEqualTo(texan.id());
            assertThat(a.npi()).isEqualTo("1000000010");
        });
        assertThat(decision.exclusionOf(sydney.id())).hasValueSatisfying(
                x -> assertThat(x.excludedBy("ReadsFromAllowedCountry")).isTrue());
    }
}
