package org.telerad.routing.enrichment.domain;

import java.util.Objects;

/**
 * One series as the archive's series-level query describes it; any attribute but the UID may be unknown (null).
 */
public record SeriesFacts(String seriesInstanceUid, String modality, String bodyPart, String institutionName,
        String studyDescription, String retrieveAeTitle) {

    public SeriesFacts {
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        modality = blankToNull(modality);
        bodyPart = blankToNull(bodyPart);
        institutionName = blankToNull(institutionName);
        studyDescription = blankToNull(studyDescription);
        retrieveAeTitle = blankToNull(retrieveAeTitle);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
