package org.telerad.routing.orthanc.domain;

import java.util.List;
import java.util.Objects;

/** One series of a study as Orthanc knows it: UID, modality, body part and the SOP Instance UIDs it holds. */
public record OrthancSeries(String seriesInstanceUid, String modality, String bodyPart, List<String> sopInstanceUids) {

    public OrthancSeries {
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        modality = blankToNull(modality);
        bodyPart = blankToNull(bodyPart);
        sopInstanceUids = List.copyOf(sopInstanceUids);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
