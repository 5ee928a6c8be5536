package org.telerad.routing.priors.domain;

import java.util.Objects;

/**
 * An earlier study of the patient, as the archive describes it: Study Instance UID, Study Date (DICOM DA,
 * may be null), Study Description and Modalities in Study (backslash-separated); no patient data.
 */
public record PriorStudy(String studyInstanceUid, String studyDate, String description, String modalities) {

    public PriorStudy {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        if (studyInstanceUid.isBlank() || studyInstanceUid.length() > 64) {
            throw new IllegalArgumentException("a Study Instance UID has 1 to 64 characters");
        }
        studyDate = clip(studyDate, 8);
        description = clip(description, 200);
        modalities = clip(modalities, 100);
    }

    public static PriorStudy of(String studyInstanceUid) {
        return new PriorStudy(studyInstanceUid, null, null, null);
    }

    private static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
