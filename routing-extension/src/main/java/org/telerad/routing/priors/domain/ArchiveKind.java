package org.telerad.routing.priors.domain;

/** Which {@link ArchivePriors} adapter serves an archive. */
public enum ArchiveKind {
    ORTHANC, DCM4CHEE
}
