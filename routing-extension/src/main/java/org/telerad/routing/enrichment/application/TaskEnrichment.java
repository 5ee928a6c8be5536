package org.telerad.routing.enrichment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.EnrichmentBacklog.Outcome;
import org.telerad.routing.enrichment.domain.ArchiveQuery;
import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.StudyEnrichment;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.shared.problem.TeleradException;

/**
 * Enriches reading tasks from the archive that sent them, so routing knows modality, body part and facility.
 *
 * <p>At intake ({@link #beforeIntake}), before the task is stored: asks the archive for the study's series,
 * recognises the facility and hands back the request with both, so the task is created and routed once with
 * everything known. When the archive cannot be asked, the request goes in as it is (the task is stored,
 * SCHEDULED and unroutable for want of a facility) and {@link #afterIntake} puts it in the backlog;
 * {@link #retryDue()} (every 30 s) tries again: every {@value #RETRY_SECONDS} s for the first
 * {@value #FAST_ATTEMPTS} attempts, then every {@value #SLOW_RETRY_MINUTES} minutes. HTTP calls never run inside
 * a database transaction.
 */
@ApplicationScoped
public class TaskEnrichment {

    static final int RETRY_SECONDS = 30;
    static final int FAST_ATTEMPTS = 10;
    static final int SLOW_RETRY_MINUTES = 5;
    static final int BATCH = 20;
    static final int MAX_BATCHES = 10;
    private static final System.Logger LOG = System.getLogger(TaskEnrichment.class.getName());

    @Inject
    ArchiveQuery archiveQuery;

    @Inject
    FacilityDirectory facilities;

    @Inject
    Archives archives;

    @Inject
    EnrichmentBacklog backlog;

    @Inject
    ReadingTaskService tasks;

    @Inject
    Clock clock;

    /** What the archive told, or why it could not be asked. */
    public record Enriched(ReadingRequest request, Outcome outcome, String detail) {
    }

    /** The request with what the archive tells about its study and the recognised facility. */
    public Enriched beforeIntake(ReadingRequest request, ConfiguredArchive archive) {
        if (request.facilityCode() != null) {
            return new Enriched(request, Outcome.ENRICHED, "facility given by the requestor");
        }
        Learned learned;
        try {
            learned = learn(archive, request.studyInstanceUid());
        } catch (ArchiveUnreachable e) {
            LOG.log(System.Logger.Level.INFO, "Study not enriched from archive {0} at intake: {1}", archive.name(),
                    e.getMessage());
            return new Enriched(request, Outcome.PENDING, "archive " + archive.name() + " not asked: " + e.getMessage());
        }
        ReadingRequest enriched = request.withFacts(learned.enrichment().facts())
                .withRetrieveAeTitles(learned.enrichment().retrieveAeTitles());
        if (learned.recognition().isRecognised()) {
            return new Enriched(enriched.atFacility(learned.recognition().facility().code()), Outcome.ENRICHED,
                    "facility " + learned.recognition().facility().explanation());
        }
        return new Enriched(enriched, Outcome.UNRECOGNISED, "facility not recognised: " + learned.recognition().reason());
    }

    /** Records how the intake's enrichment ended, so a task whose archive could not be asked is retried. */
    public void afterIntake(ReadingTaskService.Intake intake, Enriched enriched) {
        ReadingTask task = intake.task();
        if (!intake.created() && task.facilityCode() != null && task.performer().isEmpty()
                && task.state() == ProcedureStepState.SCHEDULED) {
            // a repeated request brought the facility to a task that was unroutable: route it now
            task = tasks.enrich(task.uid(), enriched.request().facts(), Map.of(), task.facilityCode(),
                    enriched.detail(), true).orElse(task);
        }
        Instant now = clock.instant();
        Outcome outcome = enriched.outcome();
        if (outcome == Outcome.PENDING && task.facilityCode() != null) {
            outcome = Outcome.ENRICHED; // an earlier request already brought the facility
        }
        try {
            backlog.record(task.uid(), outcome, enriched.detail(), outcome == Outcome.PENDING ? next(now, 0) : null, now);
        } catch (RuntimeException e) {
            // the sweep finds tasks without a recorded outcome: nothing is lost
            LOG.log(System.Logger.Level.WARNING, "Enrichment outcome of workitem {0} not recorded: {1}", task.uid(),
                    e.getClass().getName());
        }
    }

    /**
     * Retries the tasks due now, batch after batch (at most {@value #MAX_BATCHES} batches of {@value #BATCH}), so
     * that a backlog of unreachable archives never starves a task whose archive answers again; answers how many
     * were tried.
     */
    public int retryDue() {
        int tried = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int n = retryBatch();
            tried += n;
            if (n < BATCH) {
                break;
            }
        }
        return tried;
    }

    private int retryBatch() {
        Instant now = clock.instant();
        List<EnrichmentBacklog.Due> due = backlog.claimDue(now, now.minusSeconds(RETRY_SECONDS),
                now.plus(Duration.ofMinutes(2)), BATCH);
        for (EnrichmentBacklog.Due d : due) {
            try {
                retry(d);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Enrichment of workitem {0} failed: {1}", d.workitem(),
                        e.getClass().getName());
                safeRecord(d, Outcome.PENDING, "enrichment failed: " + e.getClass().getSimpleName(), now);
            }
        }
        return due.size();
    }

    private void retry(EnrichmentBacklog.Due d) {
        Instant now = clock.instant();
        Optional<ConfiguredArchive> archive = d.archiveName() == null ? Optional.empty() : archives.byName(d.archiveName());
        if (archive.isEmpty()) {
            backlog.record(d.workitem(), Outcome.UNRECOGNISED, "archive " + d.archiveName() + " is not configured",
                    null, now);
            return;
        }
        Learned learned;
        try {
            learned = learn(archive.get(), d.studyInstanceUid());
        } catch (ArchiveUnreachable e) {
            backlog.record(d.workitem(), Outcome.PENDING, "archive " + archive.get().name() + " not asked: "
                    + e.getMessage(), next(now, d.attempts()), now);
            return;
        }
        String facility = learned.recognition().isRecognised() ? learned.recognition().facility().code() : null;
        String note = facility != null ? "facility " + learned.recognition().facility().explanation()
                : "facility not recognised: " + learned.recognition().reason();
        Optional<ReadingTask> task = tasks.enrich(d.workitem(), learned.enrichment().facts(),
                learned.enrichment().retrieveAeTitles(), facility, note, false);
        if (task.isPresent()) {
            Outcome outcome = task.get().facilityCode() != null ? Outcome.ENRICHED : Outcome.UNRECOGNISED;
            backlog.record(d.workitem(), outcome, note, null, now);
        }
    }

    private record Learned(StudyEnrichment enrichment, FacilityRecognition recognition) {
    }

    private Learned learn(ConfiguredArchive archive, String studyInstanceUid) {
        StudyEnrichment enrichment = StudyEnrichment.of(archiveQuery.series(archive, studyInstanceUid));
        FacilityRecognition recognition;
        try {
            recognition = facilities.recognition(enrichment.origin(archive.aeTitles()));
        } catch (TeleradException e) {
            throw new ArchiveUnreachable("the registry could not be asked (" + e.code() + ")");
        }
        return new Learned(enrichment, recognition);
    }

    private void safeRecord(EnrichmentBacklog.Due d, Outcome outcome, String detail, Instant now) {
        try {
            backlog.record(d.workitem(), outcome, detail, next(now, d.attempts()), now);
        } catch (RuntimeException ignored) {
            // the claim expires and the sweep tries again
        }
    }

    static Instant next(Instant now, int attempts) {
        return attempts < FAST_ATTEMPTS ? now.plusSeconds(RETRY_SECONDS) : now.plus(Duration.ofMinutes(SLOW_RETRY_MINUTES));
    }
}
