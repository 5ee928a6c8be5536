package org.telerad.routing.viewer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.viewer.domain.ViewerTemplates;
import org.telerad.routing.viewer.domain.ViewerUrlTemplate;

/**
 * The viewer URL template of an archive: the one in its configuration ({@code /api/archives}), else the
 * deployment's: system property {@value #PROPERTY}, else {@link ViewerTemplates#DEFAULT} (the OHIF viewer served
 * beside Telerad). A malformed property is reported at each use (problem TELERAD-VIEWER-003), never replaced.
 */
@ApplicationScoped
public class ArchiveViewerTemplates implements ViewerTemplates {

    static final String PROPERTY = "telerad.viewer.url-template";

    @Inject
    Archives archives;

    @Override
    public ViewerUrlTemplate forArchive(String archiveName) {
        if (archiveName == null) {
            return deploymentDefault();
        }
        return archives.byName(archiveName).flatMap(ConfiguredArchive::viewer)
                .orElseGet(ArchiveViewerTemplates::deploymentDefault);
    }

    static ViewerUrlTemplate deploymentDefault() {
        String configured = System.getProperty(PROPERTY);
        return ViewerUrlTemplate.of(configured == null || configured.isBlank() ? DEFAULT : configured);
    }
}
