package org.telerad.routing.enrichment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.RecognisedFacility.MatchedBy;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Outcome;
import org.telerad.routing.enrichment.domain.SeriesFacts;
import org.telerad.routing.enrichment.testing.FakeArchive;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.routing.enrichment.testing.InMemoryEnrichmentBacklog;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.application.TaskRouting;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.testing.AdjustableClock;

class TaskEnrichmentTest {

    static final Instant T0 = Instant.parse("2026-11-27T21:00:00Z");
    static final ConfiguredArchive ARCHIVE = new ConfiguredArchive("test-dcm4chee",
            URI.create("http://127.0.0.1:1/dcm4chee-arc/aets/DCM4CHEE/rs"), List.of("DCM4CHEE"), "test-client",
            ZoneId.of("UTC"));
    static final Performer RAD_TX = Performer.of("1234567893", "rad-tx", "Reyes^Ana", "Telerad");
    static final SeriesFacts DALLAS_CT = new SeriesFacts("2.25.1001.1", "CT", "HEAD", "Dallas Regional Imaging Center",
            "CT HEAD W/O", "DCM4CHEE");
    static final SeriesFacts DALLAS_SR = new SeriesFacts("2.25.1001.2", "SR", null, "Dallas Regional Imaging Center",
            null, "DCM4CHEE");

    /** Recognises only the institution name of tx-dallas; "Shared Name" is claimed twice. */
    static final FacilityDirectory DIRECTORY = origin -> {
        if (origin.institutionNames().contains("Shared Name")) {
            return FacilityRecognition.notRecognised("ambiguous institution name 'Shared Name': claimed by a, b");
        }
        if (origin.institutionNames().contains("Dallas Regional Imaging Center")) {
            return FacilityRecognition.recognised(new RecognisedFacility("tx-dallas", Jurisdiction.of("US-TX"), "US",
                    ZoneId.of("America/Chicago"), MatchedBy.INSTITUTION_NAME, "Dallas Regional Imaging Center"));
        }
        return FacilityRecognition.notRecognised("no active facility declares it");
    };

    private final InMemoryReadingTasks store = new InMemoryReadingTasks();
    private final List<AuditRecord> audit = new ArrayList<>();
    private final List<String> routedFacilities = new ArrayList<>();
    private final FakeArchive archive = new FakeArchive();
    private final InMemoryEnrichmentBacklog backlog = new InMemoryEnrichmentBacklog(store);
    private final AdjustableClock clock = AdjustableClock.at(T0);

    /** Routing assigns rad-tx to tasks from tx-dallas, nobody to tasks without a facility. */
    private final TaskRouting routing = task -> {
        routedFacilities.add(String.valueOf(task.facilityCode()));
        return "tx-dallas".equals(task.facilityCode()) ? Optional.of(new TaskRouting.Assignment(RAD_TX, null))
                : Optional.empty();
    };
    private final ReadingTaskService tasks = ReadingTaskServices.inMemory(store, routing, clock, audit);

    private TaskEnrichment enrichment() {
        InMemoryArchives archives = new InMemoryArchives();
        archives.addIfAbsent(ARCHIVE);
        TaskEnrichment e = new TaskEnrichment();
        e.archiveQuery = archive;
        e.facilities = DIRECTORY;
        e.archives = archives;
        e.backlog = backlog;
        e.tasks = tasks;
        e.clock = clock;
        return e;
    }

    /** What the dcm4chee ups: exporter sends: no facility, no facts, an empty Retrieve AE. */
    static ReadingRequest thinRequest() {
        ReadingRequest r = ReadingRequests.withSeries(new InputSeries(ReadingRequests.STUDY, "2.25.1001.1", null,
                List.of()), new InputSeries(ReadingRequests.STUDY, "2.25.1001.2", null, List.of()));
        return new ReadingRequest(r.studyInstanceUid(), r.readType(), r.patient(), r.request(), r.inputs(),
                r.procedureStepLabel(), r.worklistLabel(), r.priority(), r.inputReadiness(), null, null, null, null,
                ARCHIVE.name());
    }

    private ReadingTask intake(TaskEnrichment e) {
        TaskEnrichment.Enriched enriched = e.beforeIntake(thinRequest(), ARCHIVE);
        ReadingTaskService.Intake intake = tasks.schedule(enriched.request(), null);
        e.afterIntake(intake, enriched);
        return store.find(intake.task().uid()).orElseThrow();
    }

    @Test
    void a_task_from_a_reachable_archive_is_created_with_its_facts_and_facility_and_routed_once() {
        archive.answering(DALLAS_SR, DALLAS_CT);

        ReadingTask task = intake(enrichment());

        assertThat(task.facilityCode()).isEqualTo("tx-dallas");
        assertThat(task.facts().modality()).isEqualTo("CT");
        assertThat(task.facts().bodyPart()).isEqualTo("HEAD");
        assertThat(task.facts().institutionName()).isEqualTo("Dallas Regional Imaging Center");
        assertThat(task.facts().studyDescription()).isEqualTo("CT HEAD W/O");
        assertThat(task.snapshot().inputs()).extracting(InputSeries::retrieveAeTitle).containsOnly("DCM4CHEE");
        assertThat(task.performer()).contains(RAD_TX);
        assertThat(routedFacilities).containsExactly("tx-dallas");
        assertThat(backlog.of(task.uid()).outcome()).isEqualTo(Outcome.ENRICHED);
        assertThat(backlog.of(task.uid()).detail())
                .isEqualTo("facility tx-dallas (institution name 'Dallas Regional Imaging Center')");
    }

    @Test
    void one_sweep_retries_a_backlog_larger_than_a_batch() {
        TaskEnrichment e = enrichment();
        archive.unreachable("connection failed (ConnectException)");
        int waiting = TaskEnrichment.BATCH * 2 + 5;
        for (int i = 0; i < waiting; i++) {
            String study = "2.25.7700" + i;
            ReadingRequest r = thinRequest();
            ReadingRequest other = new ReadingRequest(study, r.readType(), r.patient(), r.request(),
                    List.of(new InputSeries(study, study + ".1", null, List.of())), r.procedureStepLabel(),
                    r.worklistLabel(), r.priority(), r.inputReadiness(), null, null, null, null, ARCHIVE.name());
            TaskEnrichment.Enriched enriched = e.beforeIntake(other, ARCHIVE);
            e.afterIntake(tasks.schedule(enriched.request(), null), enriched);
        }

        clock.set(T0.plusSeconds(30));

        assertThat(e.retryDue()).isEqualTo(waiting);
    }

    @Test
    void an_unreachable_archive_keeps_the_task_scheduled_and_unroutable_until_a_retry_enriches_and_routes_it() {
        TaskEnrichment e = enrichment();
        archive.unreachable("connection failed (ConnectException)");

        ReadingTask task = intake(e);

        assertThat(task.facilityCode()).isNull();
        assertThat(task.performer()).isEmpty();
        assertThat(routedFacilities).containsExactly("null");
        InMemoryEnrichmentBacklog.Entry pending = backlog.of(task.uid());
        assertThat(pending.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(pending.detail()).isEqualTo("archive test-dcm4chee not asked: connection failed (ConnectException)");
        assertThat(pending.nextAttempt()).isEqualTo(T0.plusSeconds(30));

        clock.set(T0.plusSeconds(10));
        assertThat(e.retryDue()).isZero();

        clock.set(T0.plusSeconds(30));
        assertThat(e.retryDue()).isEqualTo(1);
        assertThat(store.find(task.uid()).orElseThrow().facilityCode()).isNull();
        assertThat(backlog.of(task.uid()).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(backlog.of(task.uid()).attempts()).isEqualTo(1);

        archive.answering(DALLAS_CT);
        clock.set(T0.plusSeconds(60));
        assertThat(e.retryDue()).isEqualTo(1);

        ReadingTask enriched = store.find(task.uid()).orElseThrow();
        assertThat(enriched.facilityCode()).isEqualTo("tx-dallas");
        assertThat(enriched.facts().bodyPart()).isEqualTo("HEAD");
        assertThat(enriched.performer()).contains(RAD_TX);
        assertThat(backlog.of(task.uid()).outcome()).isEqualTo(Outcome.ENRICHED);
        assertThat(audit).extracting(AuditRecord::detail).anyMatch(d -> d.equals(
                "enriched from its archive; facility tx-dallas (institution name 'Dallas Regional Imaging Center')"));

        clock.set(T0.plusSeconds(120));
        assertThat(e.retryDue()).isZero();
    }

    @Test
    void an_ambiguous_institution_is_not_guessed_the_task_stays_unroutable_with_the_reason() {
        archive.answering(new SeriesFacts("2.25.1001.1", "MR", "KNEE", "Shared Name", null, "DCM4CHEE"));

        ReadingTask task = intake(enrichment());

        assertThat(task.facilityCode()).isNull();
        assertThat(task.facts().modality()).isEqualTo("MR");
        assertThat(task.performer()).isEmpty();
        assertThat(backlog.of(task.uid()).outcome()).isEqualTo(Outcome.UNRECOGNISED);
        assertThat(backlog.of(task.uid()).detail())
                .isEqualTo("facility not recognised: ambiguous institution name 'Shared Name': claimed by a, b");
    }

    @Test
    void a_repeated_request_after_an_outage_brings_the_facility_and_routes_the_waiting_task() {
        TaskEnrichment e = enrichment();
        archive.unreachable("no answer within 5000 ms");
        ReadingTask first = intake(e);
        assertThat(first.performer()).isEmpty();

        archive.answering(DALLAS_CT);
        ReadingTask again = intake(e);

        assertThat(again.uid()).isEqualTo(first.uid());
        assertThat(again.facilityCode()).isEqualTo("tx-dallas");
        assertThat(again.performer()).contains(RAD_TX);
        assertThat(backlog.of(first.uid()).outcome()).isEqualTo(Outcome.ENRICHED);
    }

    @Test
    void the_retry_interval_slows_down_after_ten_attempts() {
        assertThat(TaskEnrichment.next(T0, 9)).isEqualTo(T0.plusSeconds(30));
        assertThat(TaskEnrichment.next(T0, 10)).isEqualTo(T0.plusSeconds(300));
    }
}
