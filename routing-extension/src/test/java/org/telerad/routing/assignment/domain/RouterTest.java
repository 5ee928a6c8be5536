package org.telerad.routing.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.registry.api.Subspecialty.NEURO;
import static org.telerad.registry.api.Subspecialty.PEDIATRIC;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.assignment.testing.InMemoryWorkload;

class RouterTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    static final Modality CT = Modality.of("CT");
    static final Modality MR = Modality.of("MR");
    static final PatientKey PATIENT = PatientKey.of("MRN-1234", "HOSP-A");

    final FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX")
            .facility("ca-sacramento", "US-CA").facility("de-munich", "DE-BY");
    final InMemoryWorkload workload = new InMemoryWorkload();
    final InMemoryReaderProfiles profiles = new InMemoryReaderProfiles();
    PreliminaryAbroadContracts contracts = PreliminaryAbroadContracts.none();
    Availability availability = Availability.everyone();

    Router router() {
        return new Router(registry, workload, availability, profiles, contracts, RoutingSettings.defaults());
    }

    static RoutingRequest ct(String facility, ReadingPriority priority) {
        return RoutingRequest.of("1.2.826.0.1.3680043.10.1", facility, CT, priority, ReadType.FINAL, NOW)
                .withBodyPart("ABDOMEN");
    }

    @Test
    void routes_a_texas_ct_to_the_radiologist_licensed_in_texas_never_to_one_licensed_only_in_california() {
        FixtureReader texan = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader californian = FixtureReader.named("Dr California").licensedIn("US-CA").privilegedAt("tx-dallas");
        registry.with(texan, californian);
        workload.holding(texan, 8.0); // the Californian is idle, and still never gets it

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(texan.id());
        assertThat(decision.assignedReadType()).contains(ReadType.FINAL);
        assertThat(decision.exclusionOf(californian.id())).hasValueSatisfying(x -> {
            assertThat(x.excludedBy("LicensedInPatientJurisdiction")).isTrue();
            assertThat(x.sentence()).contains("US-TX");
        });
        assertThat(decision.registryRevision()).isEqualTo(registry.revision());
        assertThat(decision.summary()).contains("assigned to Dr Texas");
    }

    @Test
    void a_child_s_mri_brain_needs_a_pediatric_neuroradiologist() {
        FixtureReader neuro = FixtureReader.named("Dr Neuro").licensedIn("US-TX").privilegedAt("tx-dallas").holding(NEURO);
        FixtureReader pedsNeuro = FixtureReader.named("Dr Peds Neuro").licensedIn("US-TX").privilegedAt("tx-dallas")
                .holding(NEURO, PEDIATRIC);
        registry.with(neuro, pedsNeuro);
        RoutingRequest childBrain = RoutingRequest.of("1.2.3", "tx-dallas", MR, ReadingPriority.ROUTINE, ReadType.FINAL,
                NOW).withBodyPart("BRAIN").withPatient(PATIENT, PatientAge.ofDicom("009Y"));

        RoutingDecision decision = router().decide(childBrain);

        assertThat(decision.neededSubspecialties()).containsExactlyInAnyOrder(NEURO, PEDIATRIC);
        assertThat(decision.needs()).extracting(DerivedNeed::rule).containsExactlyInAnyOrder("neuro-mr-head", "pediatric");
        assertThat(decision.needs()).filteredOn(n -> n.subspecialty() == PEDIATRIC).first()
                .satisfies(n -> assertThat(n.because()).contains("aged 9"));
        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(pedsNeuro.id());
        assertThat(decision.exclusionOf(neuro.id())).hasValueSatisfying(
                x -> assertThat(x.excludedBy("HoldsRequiredSubspecialty")).isTrue());
    }

    @Test
    void prefers_the_reader_already_reading_this_patient() {
        FixtureReader idle = FixtureReader.named("Dr Idle").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader familiar = FixtureReader.named("Dr Familiar").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(idle, familiar);
        workload.reading(familiar, PATIENT, 1.0).holding(idle, 0.0);

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE)
                .withPatient(PATIENT, PatientAge.ofYears(54)));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(familiar.id());
        ScoredCandidate winner = decision.candidates().get(0);
        assertThat(winner.score().continuity()).isEqualTo(3.0);
        assertThat(winner.score().workload()).isEqualTo(-1.0);
        assertThat(winner.patientTasks()).isEqualTo(1);
        assertThat(decision.candidate(idle.id())).map(c -> c.score().total()).contains(0.0);
    }

    @Test
    void stat_goes_to_the_least_loaded_eligible_reader() {
        FixtureReader busy = FixtureReader.named("Dr Busy").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader familiar = FixtureReader.named("Dr Familiar").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader light = FixtureReader.named("Dr Light").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(busy, familiar, light);
        workload.holding(busy, 6.0).reading(familiar, PATIENT, 2.0).holding(light, 1.0);

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.STAT)
                .withPatient(PATIENT, PatientAge.unknown()));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(light.id());
        assertThat(decision.candidates()).extracting(ScoredCandidate::radiologistId)
                .containsExactly(light.id(), familiar.id(), busy.id());
        ScoredCandidate winner = decision.candidates().get(0);
        assertThat(winner.score().urgency()).isEqualTo(-3.0); // STAT counts the open effort four times
        assertThat(decision.candidate(familiar.id())).map(c -> c.score().continuity()).contains(0.0);
    }

    @Test
    void unroutable_when_nobody_is_licensed_where_the_patient_was_scanned_and_explains_why() {
        FixtureReader californian = FixtureReader.named("Dr California").licensedIn("US-CA").privilegedAt("tx-dallas");
        FixtureReader newYorker = FixtureReader.named("Dr New York").licensedIn("US-NY").privilegedAt("ca-sacramento");
        registry.with(californian, newYorker);

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.URGENT));

        assertThat(decision.isAssigned()).isFalse();
        assertThat(decision.unroutableReason()).contains(UnroutableReason.NO_ELIGIBLE_READER);
        assertThat(decision.summary()).contains("unroutable").contains("US-TX");
        assertThat(decision.excluded()).hasSize(2);
        assertThat(decision.exclusionOf(californian.id()).orElseThrow().exclusions())
                .extracting(Exclusion::code).containsExactly("TELERAD-ELIG-020");
        assertThat(decision.exclusionOf(newYorker.id()).orElseThrow().exclusions())
                .extracting(Exclusion::code).containsExactly("TELERAD-ELIG-020", "TELERAD-ELIG-030");
        assertThat(decision.sentences()).anyMatch(s -> s.startsWith("Dr California was excluded: Holds no license"));
    }

    @Test
    void cross_border_preliminary_with_chained_local_final() {
        FixtureReader texan = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader sydney = FixtureReader.named("Dr Sydney").licensedIn("AU").privilegedForPreliminaryAt("tx-dallas");
        FixtureReader californian = FixtureReader.named("Dr California").licensedIn("US-CA").privilegedAt("tx-dallas");
        registry.with(texan, sydney, californian);
        profiles.readingFrom(texan, "US").readingFrom(californian, "US").withNpi(sydney, "AU", null);
        availability = (id, facility, at) -> id.equals(texan.id()) ? Optional.of("off shift until 07:00 CST")
                : Optional.empty(); // the only local reader sleeps tonight
        contracts = code -> code.equals("tx-dallas")
                ? Optional.of(new PreliminaryAbroadContract("tx-dallas", Set.of("AU", "IN")))
                : Optional.empty();

        RoutingRequest request = ct("tx-dallas", ReadingPriority.STAT);
        RoutingDecision decision = router().decide(request);

        assertThat(decision.outcome()).isInstanceOf(RoutingOutcome.AssignedPreliminaryAbroad.class);
        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(sydney.id());
        assertThat(decision.assignee()).map(Assignee::username).contains(sydney.username());
        assertThat(decision.assignedReadType()).contains(ReadType.PRELIMINARY);
        assertThat(ReadType.PRELIMINARY.dicomCode()).isEqualTo("121362");
        ChainedFinalRequired chained = decision.chainedFinal().orElseThrow();
        assertThat(chained.readType().dicomCode()).isEqualTo("128005");
        assertThat(chained.licensedIn().code()).isEqualTo("US-TX");
        assertThat(decision.exclusionOf(texan.id()).orElseThrow().excludedBy(OnShift.NAME)).isTrue();
        assertThat(decision.exclusionOf(californian.id()).orElseThrow().exclusions()).extracting(Exclusion::rule)
                .contains("LicensedInPatientJurisdiction", PreliminaryAbroad.NAME);
        assertThat(decision.candidates()).singleElement().satisfies(c -> assertThat(c.abroad()).isTrue());

        // the chained final stays local: with the Texan still off shift it waits, and never goes abroad again
        RoutingRequest finalRead = chained.requestFor(request, "1.2.826.0.1.3680043.10.2");
        assertThat(finalRead.readType()).isEqualTo(ReadType.FINAL);
        assertThat(finalRead.mayGoAbroad()).isFalse();
        RoutingDecision finalDecision = router().decide(finalRead);
        assertThat(finalDecision.unroutableReason()).contains(UnroutableReason.NO_AVAILABLE_READER);
        assertThat(finalDecision.exclusionOf(sydney.id())).isPresent();
    }

    @Test
    void a_reader_at_capacity_is_excluded_with_the_reason() {
        FixtureReader full = FixtureReader.named("Dr Full").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader spare = FixtureReader.named("Dr Spare").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(full, spare);
        workload.holding(full, 11.5).holding(spare, 9.0);

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(spare.id());
        ExcludedReader excluded = decision.exclusionOf(full.id()).orElseThrow();
        assertThat(excluded.exclusions()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("WithinCapacity");
            assertThat(x.code()).isEqualTo(RoutingCodes.AT_CAPACITY);
            assertThat(x.source()).isEqualTo(Exclusion.ROUTING);
            assertThat(x.reason()).isEqualTo("At capacity: open work of 11.5 effort units plus this study's 1.0"
                    + " exceeds the capacity of 12.0.");
        });
    }

    @Test
    void a_stat_read_goes_over_capacity_to_the_least_loaded_rather_than_wait() {
        FixtureReader full = FixtureReader.named("Dr Full").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader fuller = FixtureReader.named("Dr Fuller").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(full, fuller);
        workload.holding(full, 11.5).holding(fuller, 14.0);

        RoutingDecision stat = router().decide(ct("tx-dallas", ReadingPriority.STAT));
        RoutingDecision routine = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));

        assertThat(stat.assignee()).map(Assignee::radiologistId).contains(full.id());
        assertThat(stat.notes()).singleElement().satisfies(n -> assertThat(n).contains(StatOverCapacity.NAME));
        assertThat(stat.excluded()).isEmpty();
        assertThat(routine.unroutableReason()).contains(UnroutableReason.NO_AVAILABLE_READER);
    }

    @Test
    void a_reader_off_shift_is_excluded_and_when_everyone_is_the_task_waits() {
        FixtureReader night = FixtureReader.named("Dr Night").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(night);
        availability = (id, facility, at) -> Optional.of("off shift until 22:00 America/Chicago");

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));

        assertThat(decision.unroutableReason()).contains(UnroutableReason.NO_AVAILABLE_READER);
        assertThat(decision.exclusionOf(night.id()).orElseThrow().exclusions()).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("off shift until 22:00"));
    }

    @Test
    void re_routing_never_hands_a_task_back_to_the_reader_who_released_it() {
        FixtureReader releasing = FixtureReader.named("Dr Releasing").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader other = FixtureReader.named("Dr Other").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(releasing, other);
        workload.holding(other, 6.0);

        RoutingDecision decision = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE).releasedBy(releasing.id()));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(other.id());
        assertThat(decision.exclusionOf(releasing.id()).orElseThrow().exclusions()).extracting(Exclusion::code)
                .containsExactly(RoutingCodes.RELEASED);
    }

    @Test
    void residency_keeps_an_eu_study_with_readers_in_allowed_countries() {
        FixtureReader munich = FixtureReader.named("Dr Munich").licensedIn("DE").privilegedAt("de-munich");
        FixtureReader boston = FixtureReader.named("Dr Boston").licensedIn("DE").privilegedAt("de-munich");
        FixtureReader unknown = FixtureReader.named("Dr Nowhere").licensedIn("DE").privilegedAt("de-munich");
        registry.with(munich, boston, unknown);
        profiles.readingFrom(munich, "DE").readingFrom(boston, "US");
        workload.holding(munich, 5.0);

        RoutingDecision decision = router().decide(ct("de-munich", ReadingPriority.ROUTINE)
                .readableFrom(Set.of("DE", "AT", "FR")));

        assertThat(decision.assignee()).map(Assignee::radiologistId).contains(munich.id());
        assertThat(decision.exclusionOf(boston.id()).orElseThrow().exclusions()).extracting(Exclusion::code)
                .containsExactly(RoutingCodes.COUNTRY_NOT_ALLOWED);
        assertThat(decision.exclusionOf(unknown.id()).orElseThrow().exclusions()).extracting(Exclusion::code)
                .containsExactly(RoutingCodes.COUNTRY_UNKNOWN);
    }

    @Test
    void unroutable_for_residency_when_every_eligible_reader_reads_from_elsewhere() {
        FixtureReader boston = FixtureReader.named("Dr Boston").licensedIn("DE").privilegedAt("de-munich");
        registry.with(boston);
        profiles.readingFrom(boston, "US");

        RoutingDecision decision = router().decide(ct("de-munich", ReadingPriority.ROUTINE).readableFrom(Set.of("DE")));

        assertThat(decision.unroutableReason()).contains(UnroutableReason.RESIDENCY);
    }

    @Test
    void an_unknown_facility_is_unroutable_without_asking_anyone_to_guess() {
        registry.with(FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas"));

        RoutingDecision unknown = router().decide(ct("nowhere-1", ReadingPriority.ROUTINE));
        RoutingDecision unrecognised = router().decide(ct(null, ReadingPriority.ROUTINE));

        assertThat(unknown.unroutableReason()).contains(UnroutableReason.NO_FACILITY);
        assertThat(unknown.registryRevision()).isEqualTo(-1);
        assertThat(unrecognised.unroutableReason()).contains(UnroutableReason.NO_FACILITY);
    }

    @Test
    void the_same_inputs_always_pick_the_same_reader() {
        FixtureReader a = FixtureReader.named("Dr A").licensedIn("US-TX").privilegedAt("tx-dallas");
        FixtureReader b = FixtureReader.named("Dr B").licensedIn("US-TX").privilegedAt("tx-dallas");
        registry.with(a, b);

        RoutingDecision first = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));
        RoutingDecision second = router().decide(ct("tx-dallas", ReadingPriority.ROUTINE));

        assertThat(first.assignee()).isEqualTo(second.assignee());
        UUID expected = a.id().compareTo(b.id()) < 0 ? a.id() : b.id(); // equal scores: the lower id wins
        assertThat(first.assignee()).map(Assignee::radiologistId).contains(expected);
    }

    @Test
    void the_effort_of_the_study_comes_from_the_modality_weights() {
        Router router = router();
        assertThat(router.decide(ct("tx-dallas", ReadingPriority.ROUTINE)).effort()).isEqualTo(1.0);
        assertThat(router.settings().effort().of(Modality.of("CR"))).isEqualTo(0.2);
        assertThat(router.settings().effort().of(MR)).isEqualTo(1.4);
        assertThat(router.settings().effort().of(Modality.of("OT"))).isEqualTo(1.0);
    }
}
