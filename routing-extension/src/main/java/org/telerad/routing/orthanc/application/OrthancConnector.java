package org.telerad.routing.orthanc.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.StudyOrigin;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.archive.connector.ArchiveConnector;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Outcome;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.orthanc.domain.ChangeCursors;
import org.telerad.routing.orthanc.domain.ChangeFeed;
import org.telerad.routing.orthanc.domain.ChangePage;
import org.telerad.routing.orthanc.domain.OrthancApi;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.orthanc.domain.OrthancUnreachable;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.shared.problem.TeleradException;

/**
 * The Orthanc connector: follows Orthanc's change log from the archive's persisted cursor, page by page. For each
 * page it reads the cued studies over REST and prepares their reading requests outside any transaction
 * (facility recognised by calling AE title, institution name and the archive's AE title; when none is recognised,
 * {@link TaskEnrichment#beforeIntake} asks the archive's DICOMweb as for a UPS-RS create), then
 * {@link OrthancTakeIn} advances the cursor and creates or revises the tasks in one transaction. Orthanc being
 * down costs nothing: the cursor stays, and the next tick reads the same page.
 */
@ApplicationScoped
public class OrthancConnector implements ArchiveConnector {

    static final int MAX_PAGES_PER_CALL = 20;
    private static final System.Logger LOG = System.getLogger(OrthancConnector.class.getName());

    @Inject
    OrthancApi orthanc;

    @Inject
    ChangeCursors cursors;

    @Inject
    OrthancTakeIn takeIn;

    @Inject
    Archives archives;

    @Inject
    FacilityDirectory facilities;

    @Inject
    TaskEnrichment enrichment;

    OrthancSettings settings = OrthancSettings.fromSystemProperties();

    @Override
    public String archiveName() {
        return settings.archiveName();
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public Duration pollInterval() {
        return settings.pollInterval();
    }

    @Override
    public FollowResult follow() {
        Optional<ConfiguredArchive> configured = archives.byName(settings.archiveName());
        if (configured.isEmpty()) {
            return FollowResult.unreachable("archive " + settings.archiveName() + " is not configured in Telerad");
        }
        ConfiguredArchive archive = configured.get();
        int taken = 0;
        long position = cursors.positionOf(archive.name());
        try {
            for (int page = 0; page < MAX_PAGES_PER_CALL; page++) {
                ChangePage changes = orthanc.changes(position, settings.batchSize());
                // Orthanc's log behind the cursor: its database was replaced; read the new one from the start
                long next = changes.changes().isEmpty() && changes.last() < position ? 0 : changes.last();
                List<TaskEnrichment.Enriched> prepared = prepare(changes, archive);
                if (next != position || !prepared.isEmpty()) {
                    if (!takeIn.takeIn(archive.name(), position, next, prepared)) {
                        break; // another node took this page in, or is taking it in now
                    }
                    taken += prepared.size();
                    position = next;
                }
                if (next == 0 && changes.last() > 0) {
                    continue;
                }
                if (changes.done() || changes.changes().isEmpty()) {
                    break;
                }
            }
        } catch (OrthancUnreachable e) {
            return FollowResult.unreachable("Orthanc at " + settings.baseUrl() + ": " + e.getMessage());
        }
        return FollowResult.followed(taken, position);
    }

    /** The reading requests a page asks for, recognised and enriched; a study Orthanc no longer has is skipped. */
    List<TaskEnrichment.Enriched> prepare(ChangePage page, ConfiguredArchive archive) {
        List<TaskEnrichment.Enriched> prepared = new ArrayList<>();
        for (ChangeFeed.StudyCue cue : ChangeFeed.cues(page.changes())) {
            Optional<OrthancStudy> study = orthanc.study(cue.orthancStudyId());
            if (study.isEmpty()) {
                continue;
            }
            Optional<ReadingRequest> request;
            try {
                request = ChangeFeed.requestFor(cue, study.get(), settings.statRule(), archive.name(),
                        archive.primaryAeTitle());
            } catch (TeleradException e) {
                LOG.log(System.Logger.Level.WARNING, "Orthanc study {0} not taken in: {1}", cue.orthancStudyId(),
                        e.code());
                continue;
            }
            request.ifPresent(r -> prepared.add(recognised(r, study.get(), archive)));
        }
        return prepared;
    }

    private TaskEnrichment.Enriched recognised(ReadingRequest request, OrthancStudy study, ConfiguredArchive archive) {
        StudyOrigin origin = new StudyOrigin(archive.aeTitles(), study.callingAeTitle(), study.institutionNames(),
                null);
        try {
            FacilityRecognition recognition = facilities.recognition(origin);
            if (recognition.isRecognised()) {
                return new TaskEnrichment.Enriched(request.atFacility(recognition.facility().code()), Outcome.ENRICHED,
                        "facility " + recognition.facility().explanation());
            }
        } catch (TeleradException e) {
            LOG.log(System.Logger.Level.INFO, "Facility of Orthanc study {0} not recognised now: {1}",
                    study.orthancId(), e.code());
        }
        // as for a UPS-RS create: the archive is asked (DICOMweb) and the task retried when it cannot be
        return enrichment.beforeIntake(request, archive);
    }
}
