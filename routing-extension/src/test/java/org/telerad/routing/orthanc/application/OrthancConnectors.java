package org.telerad.routing.orthanc.application;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.orthanc.domain.ChangeCursors;
import org.telerad.routing.orthanc.domain.OrthancApi;
import org.telerad.routing.task.application.ReadingTaskService;

/** An {@link OrthancConnector} wired to given collaborators (in-memory ones in tests). */
public final class OrthancConnectors {

    private OrthancConnectors() {
    }

    public static OrthancConnector with(OrthancApi orthanc, ChangeCursors cursors, ReadingTaskService tasks,
            TaskEnrichment enrichment, Archives archives, FacilityDirectory facilities, OrthancSettings settings) {
        OrthancTakeIn takeIn = new OrthancTakeIn();
        takeIn.cursors = cursors;
        takeIn.tasks = tasks;
        takeIn.enrichment = enrichment;
        OrthancConnector c = new OrthancConnector();
        c.orthanc = orthanc;
        c.cursors = cursors;
        c.takeIn = takeIn;
        c.archives = archives;
        c.facilities = facilities;
        c.enrichment = enrichment;
        c.settings = settings;
        return c;
    }
}
