package org.telerad.routing.enrichment.domain;

import java.util.List;

import org.telerad.routing.archive.ConfiguredArchive;

/**
 * Port: asks an archive about the series of a study (series-level QIDO-RS,
 * {@code GET {DICOMweb base}/studies/{uid}/series}) for Modality, Body Part Examined, Institution Name, Study
 * Description and Retrieve AE Title. Implementation: {@code HttpArchiveQuery}; in-memory fakes in tests.
 */
public interface ArchiveQuery {

    /**
     * The study's series as the archive knows them (never empty).
     *
     * @throws ArchiveUnreachable when the archive cannot be asked or knows no series of the study yet
     */
    List<SeriesFacts> series(ConfiguredArchive archive, String studyInstanceUid);
}
