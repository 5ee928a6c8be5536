package org.telerad.routing.orthanc.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.RecognisedFacility.MatchedBy;
import org.telerad.registry.api.StudyOrigin;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.archive.connector.ArchiveConnector.FollowResult;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Outcome;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.enrichment.application.TaskEnrichments;
import org.telerad.routing.enrichment.testing.FakeArchive;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.routing.enrichment.testing.InMemoryEnrichmentBacklog;
import org.telerad.routing.orthanc.domain.OrthancSeries;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.orthanc.domain.StatRule;
import org.telerad.routing.orthanc.testing.FakeOrthanc;
import org.telerad.routing.orthanc.testing.InMemoryChangeCursors;
import org.telerad.routing.orthanc.testing.OrthancStudies;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.application.TaskRouting;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.shared.audit.AuditRecord;

class OrthancConnectorTest {

    static final String ARCHIVE = "local-orthanc";
    static final ConfiguredArchive LOCAL_ORTHANC = new ConfiguredArchive(ARCHIVE,
            URI.create("http://127.0.0.1:1/dicom-web"), List.of("ORTHANC"), "telerad-archive", ZoneId.of("UTC"));
    static final Performer RAD_TX = Performer.of("1234567893", "rad-tx", "Reyes^Ana", "Telerad");

    /** Recognises tx-dallas by the calling AE title DRIC_CT1 only. */
    final List<StudyOrigin> origins = new ArrayList<>();
    final FacilityDirectory directory = origin -> {
        origins.add(origin);
        if ("DRIC_CT1".equals(origin.callingAeTitle())) {
            return FacilityRecognition.recognised(new RecognisedFacility("tx-dallas", Jurisdiction.of("US-TX"), "US",
                    ZoneId.of("America/Chicago"), MatchedBy.CALLING_AE_TITLE, "DRIC_CT1"));
        }
        return FacilityRecognition.notRecognised("no active facility declares it");
    };

    final FakeOrthanc orthanc = new FakeOrthanc();
    final InMemoryChangeCursors cursors = new InMemoryChangeCursors();
    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();
    final FakeArchive dicomWeb = new FakeArchive().unreachable("connection refused");
    final InMemoryEnrichmentBacklog backlog = new InMemoryEnrichmentBacklog(store);
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T22:00:00Z"), ZoneOffset.UTC);
    final TaskRouting routing = task -> "tx-dallas".equals(task.facilityCode())
            ? Optional.of(new TaskRouting.Assignment(RAD_TX, null)) : Optional.empty();
    final ReadingTaskService tasks = ReadingTaskServices.inMemory(store, routing, clock, audit);
    final InMemoryArchives archives = new InMemoryArchives();
    final TaskEnrichment enrichment;
    final OrthancConnector connector;

    OrthancConnectorTest() {
        archives.addIfAbsent(LOCAL_ORTHANC);
        enrichment = TaskEnrichments.with(dicomWeb, directory, archives, backlog, tasks, clock);
        connector = connector(2);
    }

    OrthancConnector connector(int batch) {
        return OrthancConnectors.with(orthanc, cursors, tasks, enrichment, archives, directory,
                new OrthancSettings(URI.create("http://127.0.0.1:1"), ARCHIVE, Duration.ofSeconds(2), batch,
                        StatRule.defaults()));
    }

    ReadingTask taskFor(String studyUid) {
        return store.search(new org.telerad.routing.task.domain.TaskCriteria(null, null, null, null, null,
                List.of(studyUid), null, null), 0, 10).stream().findFirst().orElseThrow();
    }

    @Test
    void a_routine_study_becomes_one_task_when_it_is_stable_and_not_before() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.71"));

        connector.follow();
        assertThat(store.size()).isZero();

        orthanc.stabilise("o1");
        FollowResult result = connector.follow();

        assertThat(result.studiesTakenIn()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(1);
        ReadingTask task = taskFor("2.25.71");
        assertThat(task.priority()).isEqualTo(Priority.LOW);
        assertThat(task.snapshot().inputReadiness()).isEqualTo(InputReadiness.READY);
        assertThat(task.facilityCode()).isEqualTo("tx-dallas");
        assertThat(task.facts().modality()).isEqualTo("CT");
        assertThat(task.facts().bodyPart()).isEqualTo("HEAD");
        assertThat(task.snapshot().inputs()).hasSize(1);
        assertThat(task.snapshot().inputs().get(0).instances()).hasSize(2);
        assertThat(task.snapshot().inputs().get(0).retrieveAeTitle()).isEqualTo("ORTHANC");
        assertThat(task.performer()).isPresent();
        assertThat(task.sourceArchive()).isEqualTo(ARCHIVE);
        assertThat(cursors.positionOf(ARCHIVE)).isEqualTo(orthanc.last());
    }

    @Test
    void the_facility_is_recognised_by_the_calling_ae_title_the_study_was_received_from() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.72")).stabilise("o1");

        connector.follow();

        assertThat(origins).anySatisfy(o -> {
            assertThat(o.callingAeTitle()).isEqualTo("DRIC_CT1");
            assertThat(o.institutionNames()).containsExactly("Dallas Regional Imaging Center");
            assertThat(o.archiveAeTitles()).containsExactly("ORTHANC");
        });
        assertThat(backlog.of(taskFor("2.25.72").uid()).outcome()).isEqualTo(Outcome.ENRICHED);
        assertThat(backlog.of(taskFor("2.25.72").uid()).detail()).contains("DRIC_CT1");
        assertThat(dicomWeb.asked).isEmpty();
    }

    @Test
    void a_stat_study_becomes_a_task_on_its_first_instance_and_its_stable_study_completes_the_same_task() {
        OrthancStudy first = OrthancStudies.strokeCtFromDallas("o2", "2.25.73");
        orthanc.receive(first);

        connector.follow();

        ReadingTask early = taskFor("2.25.73");
        assertThat(early.priority()).isEqualTo(Priority.HIGH);
        assertThat(early.snapshot().inputReadiness()).isEqualTo(InputReadiness.INCOMPLETE);
        assertThat(early.performer()).isPresent();

        orthanc.receive(OrthancStudies.withMoreSeries(first, new OrthancSeries("2.25.73.2", "CT", "HEAD",
                List.of("2.25.73.2.1"))));
        orthanc.stabilise("o2");
        connector.follow();

        assertThat(store.size()).isEqualTo(1);
        ReadingTask complete = taskFor("2.25.73");
        assertThat(complete.uid()).isEqualTo(early.uid());
        assertThat(complete.snapshot().inputReadiness()).isEqualTo(InputReadiness.READY);
        assertThat(complete.priority()).isEqualTo(Priority.HIGH);
        assertThat(complete.snapshot().inputs()).hasSize(2);
    }

    @Test
    void reading_the_feed_again_from_an_older_cursor_duplicates_nothing() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.74")).stabilise("o1")
                .receive(OrthancStudies.strokeCtFromDallas("o2", "2.25.75")).stabilise("o2")
                .receive(OrthancStudies.ctHeadFromDallas("o3", "2.25.76")).stabilise("o3");
        connector.follow();
        assertThat(store.size()).isEqualTo(3);

        cursors.at(ARCHIVE, 0);
        connector.follow();
        cursors.at(ARCHIVE, 3);
        connector.follow();

        assertThat(store.size()).isEqualTo(3);
        assertThat(cursors.positionOf(ARCHIVE)).isEqualTo(6);
    }

    @Test
    void the_feed_is_read_page_by_page_until_it_is_done() {
        for (int i = 1; i <= 5; i++) {
            orthanc.receive(OrthancStudies.ctHeadFromDallas("o" + i, "2.25.8" + i)).stabilise("o" + i);
        }

        FollowResult result = connector(3).follow();

        assertThat(result.studiesTakenIn()).isEqualTo(5);
        assertThat(store.size()).isEqualTo(5);
        assertThat(result.position()).isEqualTo(10);
    }

    @Test
    void a_node_that_finds_the_cursor_locked_by_another_node_takes_nothing_in() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.77")).stabilise("o1");
        cursors.lockedElsewhere(ARCHIVE);

        FollowResult result = connector.follow();

        assertThat(result.studiesTakenIn()).isZero();
        assertThat(store.size()).isZero();
        assertThat(cursors.positionOf(ARCHIVE)).isZero();

        cursors.released(ARCHIVE);
        connector.follow();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void an_unreachable_orthanc_leaves_the_cursor_where_it_was_and_loses_nothing() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.78")).stabilise("o1").down("connection refused");

        FollowResult down = connector.follow();

        assertThat(down.reachable()).isFalse();
        assertThat(down.unreachableReason()).contains("connection refused");
        assertThat(cursors.positionOf(ARCHIVE)).isZero();

        orthanc.up();
        assertThat(connector.follow().studiesTakenIn()).isEqualTo(1);
    }

    @Test
    void an_unrecognised_study_is_stored_unroutable_and_its_enrichment_waits_for_the_archive() {
        orthanc.receive(OrthancStudies.chestFromNowhere("o9", "2.25.79")).stabilise("o9");

        connector.follow();

        ReadingTask task = taskFor("2.25.79");
        assertThat(task.facilityCode()).isNull();
        assertThat(task.performer()).isEmpty();
        assertThat(task.facts().modality()).isEqualTo("CR");
        assertThat(dicomWeb.asked).isNotEmpty();
        assertThat(backlog.of(task.uid()).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void a_study_deleted_before_it_was_read_is_skipped_and_the_feed_moves_on() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.80")).stabilise("o1").delete("o1");

        FollowResult result = connector.follow();

        assertThat(store.size()).isZero();
        assertThat(result.position()).isEqualTo(orthanc.last());
    }

    @Test
    void a_cursor_beyond_orthancs_log_starts_over_from_the_beginning_of_the_new_log() {
        orthanc.receive(OrthancStudies.ctHeadFromDallas("o1", "2.25.81")).stabilise("o1");
        cursors.at(ARCHIVE, 50);

        FollowResult result = connector.follow();

        assertThat(store.size()).isEqualTo(1);
        assertThat(result.position()).isEqualTo(2);
    }

    @Test
    void without_an_orthanc_url_the_connector_is_disabled() {
        OrthancSettings none = new OrthancSettings(null, null, null, 0, null);

        assertThat(none.enabled()).isFalse();
        assertThat(none.archiveName()).isEqualTo(ARCHIVE);
        assertThat(none.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }
}
