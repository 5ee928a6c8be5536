package org.telerad.routing.viewer.domain;

/**
 * The viewer URL template of an archive: the one configured for it, else the deployment's default. Never null:
 * an archive without a template and no default configured gets Telerad's own OHIF path.
 */
public interface ViewerTemplates {

    /** Telerad's default: the OHIF viewer beside it, reading DICOMweb through the gateway /telerad/dicom-web. */
    String DEFAULT = "/ohif/viewer?StudyInstanceUIDs=" + ViewerUrlTemplate.STUDY;

    /** {@code archiveName} may be null (a task from an unknown sender). */
    ViewerUrlTemplate forArchive(String archiveName);
}
