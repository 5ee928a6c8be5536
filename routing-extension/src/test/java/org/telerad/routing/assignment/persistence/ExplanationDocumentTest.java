package org.telerad.routing.assignment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfiles;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryWorkload;

class ExplanationDocumentTest {

    @Test
    void a_thousand_radiologists_are_each_named_with_their_reasons_in_a_compact_document() throws Exception {
        FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX");
        FixtureReader winner = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(winner);
        for (int i = 0; i < 999; i++) {
            FixtureReader r = FixtureReader.named("Dr Reader " + i).licensedIn(i % 3 == 0 ? "US-TX" : "US-CA");
            if (i % 10 == 0) {
                r.privilegedAt("tx-dallas");
            }
            registry.with(r);
        }
        RoutingDecision decision = new Router(registry, new InMemoryWorkload(), Availability.everyone(),
                ReaderProfiles.unknown(), PreliminaryAbroadContracts.none(), RoutingSettings.defaults())
                .decide(RoutingRequest.of("1.2.3", "tx-dallas", Modality.of("CT"), ReadingPriority.ROUTINE,
                        ReadType.FINAL, Instant.parse("2026-11-27T21:00:00Z")));

        String json = ExplanationDocument.json(decision);
        JsonNode doc = new ObjectMapper().readTree(json);

        assertThat(doc.get("candidates").size() + doc.get("excludedCount").asInt()).isEqualTo(1000);
        int named = 0;
        for (JsonNode group : doc.get("excluded")) {
            named += group.get("radiologists").size();
            assertThat(group.get("because").size()).isPositive();
        }
        assertThat(named).isEqualTo(doc.get("excludedCount").asInt());
        assertThat(doc.get("excluded").size()).isEqualTo(3); // unlicensed, unprivileged, or both
        assertThat(json.length()).isLessThan(100_000);
    }
}
