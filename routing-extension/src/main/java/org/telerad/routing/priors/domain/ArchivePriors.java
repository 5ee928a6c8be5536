package org.telerad.routing.priors.domain;

import java.util.List;

/**
 * Extension point: an archive connector that finds a patient's studies and brings one where the reader reads.
 * One implementation per {@link ArchiveKind} ({@link #kind()}), selected by the archive's configuration.
 * Implementations are stateless and safe for concurrent use; they never log the patient ID.
 */
public interface ArchivePriors {

    ArchiveKind kind();

    /** The patient's studies the archive knows (the current one included); throws {@link ArchiveUnreachable}. */
    List<PriorStudy> studiesOf(PriorsSource source, String patientId);

    /**
     * Brings the study: answers {@link PriorState#AVAILABLE} when nothing needs moving, {@link PriorState#REQUESTED}
     * when the archive was asked to copy it; throws {@link ArchiveUnreachable} when asking failed.
     */
    PriorState bring(PriorsSource source, PriorStudy study);
}
