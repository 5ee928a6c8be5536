package org.telerad.routing.viewer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.routing.viewer.domain.ViewerTemplates;

class ArchiveViewerTemplatesTest {

    final InMemoryArchives archives = new InMemoryArchives();
    final ArchiveViewerTemplates templates = new ArchiveViewerTemplates();

    ArchiveViewerTemplatesTest() {
        templates.archives = archives;
        archives.addIfAbsent(archive("dcm4chee",
                "https://pacs.example.org/dcm4chee-arc/ui2/en/study/study?StudyInstanceUID={studyInstanceUid}"));
        archives.addIfAbsent(archive("local-orthanc", null));
    }

    static ConfiguredArchive archive(String name, String viewer) {
        return new ConfiguredArchive(name, URI.create("http://127.0.0.1:8042/dicom-web"), List.of("ORTHANC"), null,
                ZoneId.of("UTC"), null, viewer, true, 0);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ArchiveViewerTemplates.PROPERTY);
    }

    @Test
    void an_archive_with_its_own_viewer_opens_its_studies_there() {
        assertThat(templates.forArchive("dcm4chee").forStudy("1.2.3"))
                .isEqualTo("https://pacs.example.org/dcm4chee-arc/ui2/en/study/study?StudyInstanceUID=1.2.3");
    }

    @Test
    void an_archive_without_one_and_an_unknown_sender_use_the_local_ohif_viewer() {
        assertThat(templates.forArchive("local-orthanc").value()).isEqualTo(ViewerTemplates.DEFAULT);
        assertThat(templates.forArchive("gone").value()).isEqualTo(ViewerTemplates.DEFAULT);
        assertThat(templates.forArchive(null).value()).isEqualTo(ViewerTemplates.DEFAULT);
    }

    @Test
    void the_deployment_may_name_another_default_viewer() {
        System.setProperty(ArchiveViewerTemplates.PROPERTY, "https://weasis.example.org/open?study={studyInstanceUid}");
        assertThat(templates.forArchive("local-orthanc").forStudy("1.2.3"))
                .isEqualTo("https://weasis.example.org/open?study=1.2.3");
    }
}
