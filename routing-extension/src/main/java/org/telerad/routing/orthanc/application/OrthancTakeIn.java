package org.telerad.routing.orthanc.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.orthanc.domain.ChangeCursors;
import org.telerad.routing.task.application.ReadingTaskService;

/**
 * One page of the change log, taken in as one transaction: the archive's cursor is locked and advanced first
 * (nothing happens when another node holds it or already moved it), then each prepared study goes through the
 * same intake as the UPS-RS create ({@link ReadingTaskService#schedule}, then {@link TaskEnrichment#afterIntake}).
 * A failure rolls the cursor back with the tasks, so the page is read again.
 */
@ApplicationScoped
public class OrthancTakeIn {

    @Inject
    ChangeCursors cursors;

    @Inject
    ReadingTaskService tasks;

    @Inject
    TaskEnrichment enrichment;

    /** Answers false, taking nothing in, when the cursor is not at {@code from} or is locked by another node. */
    @Transactional
    public boolean takeIn(String archive, long from, long to, List<TaskEnrichment.Enriched> studies) {
        if (!cursors.advance(archive, from, to)) {
            return false;
        }
        for (TaskEnrichment.Enriched study : studies) {
            ReadingTaskService.Intake intake = tasks.schedule(study.request(), null);
            enrichment.afterIntake(intake, study);
        }
        return true;
    }
}
