package org.telerad.routing.priors.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;
import org.telerad.shared.audit.AuditEventType;

class PriorsPrefetchTest {

    static final Instant NOW = Instant.parse("2026-11-27T22:00:00Z");
    static final String CURRENT = "1.2.826.0.1.3680043.10.543.1";
    static final String EARLIER = "1.2.826.0.1.3680043.10.543.2";
    static final String OLDEST = "1.2.826.0.1.3680043.10.543.3";

    final InMemoryPriors.Ledger ledger = new InMemoryPriors.Ledger();
    final InMemoryPriors.Sources sources = new InMemoryPriors.Sources();
    final InMemoryPriors.Studies studies = new InMemoryPriors.Studies();
    final InMemoryPriors.Archive orthanc = new InMemoryPriors.Archive(ArchiveKind.ORTHANC);
    final InMemoryPriors.Archive dcm4chee = new InMemoryPriors.Archive(ArchiveKind.DCM4CHEE);
    final InMemoryPriors.Audit audit = new InMemoryPriors.Audit();
    final PriorsPrefetch prefetch = new PriorsPrefetch();

    @BeforeEach
    void wire() {
        prefetch.studies = studies;
        prefetch.sources = sources;
        prefetch.ledger = ledger;
        prefetch.audit = audit;
        prefetch.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        prefetch.useAdapters(orthanc, dcm4chee);
        sources.archives.put("local-orthanc", PriorsSource.orthanc("local-orthanc",
                URI.create("http://127.0.0.1:8042/dicom-web")));
        sources.archives.put("us-dcm4chee", PriorsSource.dcm4chee("us-dcm4chee", "US",
                URI.create("http://127.0.0.1:8080/dcm4chee-arc/aets/DCM4CHEE/rs"), "DCM4CHEE", "PACS", "READER"));
        sources.archives.put("eu-dcm4chee", PriorsSource.dcm4chee("eu-dcm4chee", "EU",
                URI.create("http://127.0.0.1:8081/dcm4chee-arc/aets/DCM4CHEE/rs"), "DCM4CHEE", "PACS", "READER"));
        sources.regions.put("de-munich", "EU");
        sources.regions.put("tx-dallas", "US");
        List<PriorStudy> history = List.of(new PriorStudy(CURRENT, "20261127", "CT CHEST", "CT"),
                new PriorStudy(EARLIER, "20250301", "CT CHEST", "CT"), new PriorStudy(OLDEST, "20200101", "XR", "CR"));
        orthanc.studies.put("PAT-1", history);
        dcm4chee.studies.put("PAT-1", history);
    }

    void assigned(String task, String facility, String archive) {
        studies.tasks.put(task, new PrefetchSubject(task, CURRENT, "PAT-1", facility, archive, "rad-tx"));
    }

    @Test
    void priors_exclude_the_current_study() {
        assigned("2.25.1", "tx-dallas", "local-orthanc");

        assertThat(prefetch.prefetchFor("2.25.1")).isTrue();

        assertThat(ledger.ofTask("2.25.1")).extracting(p -> p.study().studyInstanceUid())
                .containsExactlyInAnyOrder(EARLIER, OLDEST);
        assertThat(ledger.ofTask("2.25.1")).extracting(Prior::state).containsOnly(PriorState.AVAILABLE);
    }

    @Test
    void a_study_from_an_eu_facility_is_not_copied_outside_the_eu() {
        assigned("2.25.2", "de-munich", "us-dcm4chee");

        prefetch.prefetchFor("2.25.2");

        assertThat(dcm4chee.brought).isEmpty();
        assertThat(ledger.ofTask("2.25.2")).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo(PriorState.REFUSED);
            assertThat(p.reason()).contains("must stay in the EU").contains("us-dcm4chee");
        });
        assertThat(audit.records).hasSize(2).allSatisfy(r -> assertThat(r.type()).isEqualTo(AuditEventType.EXPORT));
    }

    @Test
    void a_study_from_an_eu_facility_is_copied_within_the_eu() {
        assigned("2.25.3", "de-munich", "eu-dcm4chee");

        prefetch.prefetchFor("2.25.3");

        assertThat(dcm4chee.brought).containsExactlyInAnyOrder(EARLIER, OLDEST);
        assertThat(ledger.ofTask("2.25.3")).extracting(Prior::state).containsOnly(PriorState.REQUESTED);
    }

    @Test
    void priors_an_eu_facility_already_holds_stay_readable_where_they_are() {
        assigned("2.25.4", "de-munich", "local-orthanc");

        prefetch.prefetchFor("2.25.4");

        assertThat(ledger.ofTask("2.25.4")).extracting(Prior::state).containsOnly(PriorState.AVAILABLE);
    }

    @Test
    void a_failed_prefetch_is_recorded_and_retried() {
        assigned("2.25.5", "tx-dallas", "us-dcm4chee");
        dcm4chee.unreachable = true;

        assertThat(prefetch.prefetchFor("2.25.5")).isFalse();
        assertThat(ledger.failedRuns(NOW.plusSeconds(60), 10, 10)).containsExactly("2.25.5");

        dcm4chee.unreachable = false;
        PriorsRetrySweep sweep = new PriorsRetrySweep();
        sweep.ledger = ledger;
        sweep.prefetch = prefetch;
        sweep.clock = Clock.fixed(NOW.plusSeconds(PriorsRetrySweep.BACKOFF_SECONDS + 1), ZoneOffset.UTC);

        assertThat(sweep.retryFailed()).isEqualTo(1);
        assertThat(ledger.ofTask("2.25.5")).extracting(Prior::state).containsOnly(PriorState.REQUESTED);
        assertThat(ledger.failedRuns(NOW.plusSeconds(60), 10, 10)).isEmpty();
    }

    @Test
    void a_prior_that_failed_to_be_requested_is_asked_again_and_others_are_not_copied_twice() {
        assigned("2.25.6", "tx-dallas", "us-dcm4chee");
        prefetch.prefetchFor("2.25.6");
        ledger.record(new Prior("2.25.6", new PriorStudy(OLDEST, null, null, null), "us-dcm4chee", PriorState.FAILED,
                "/dcm4chee-arc/aets/DCM4CHEE/dimse/PACS answered HTTP 502", 1, NOW));
        dcm4chee.brought.clear();

        prefetch.prefetchFor("2.25.6");

        assertThat(dcm4chee.brought).containsExactly(OLDEST);
        assertThat(ledger.ofTask("2.25.6")).filteredOn(p -> p.study().studyInstanceUid().equals(OLDEST))
                .singleElement().satisfies(p -> assertThat(p.attempts()).isEqualTo(2));
    }

    @Test
    void a_task_from_an_unconfigured_archive_is_done_without_priors() {
        assigned("2.25.7", "tx-dallas", "elsewhere");

        assertThat(prefetch.prefetchFor("2.25.7")).isTrue();
        assertThat(ledger.ofTask("2.25.7")).isEmpty();
        assertThat(ledger.failedRuns(NOW.plusSeconds(60), 10, 10)).isEmpty();
    }
}
