package org.telerad.routing.enrichment.application;

import java.time.Clock;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.enrichment.domain.ArchiveQuery;
import org.telerad.routing.task.application.ReadingTaskService;

/** A {@link TaskEnrichment} wired to given collaborators, for tests of the intake paths that call it. */
public final class TaskEnrichments {

    private TaskEnrichments() {
    }

    public static TaskEnrichment with(ArchiveQuery query, FacilityDirectory facilities, Archives archives,
            EnrichmentBacklog backlog, ReadingTaskService tasks, Clock clock) {
        TaskEnrichment e = new TaskEnrichment();
        e.archiveQuery = query;
        e.facilities = facilities;
        e.archives = archives;
        e.backlog = backlog;
        e.tasks = tasks;
        e.clock = clock;
        return e;
    }
}
