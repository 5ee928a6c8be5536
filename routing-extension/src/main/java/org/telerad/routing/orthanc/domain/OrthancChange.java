package org.telerad.routing.orthanc.domain;

import java.util.Objects;

/** One entry of Orthanc's change log ({@code /changes}): its sequence number, type and the resource's Orthanc ID. */
public record OrthancChange(long seq, String changeType, String resourceType, String resourceId) {

    public static final String NEW_STUDY = "NewStudy";
    public static final String STABLE_STUDY = "StableStudy";

    public OrthancChange {
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
    }

    public static OrthancChange newStudy(long seq, String studyId) {
        return new OrthancChange(seq, NEW_STUDY, "Study", studyId);
    }

    public static OrthancChange stableStudy(long seq, String studyId) {
        return new OrthancChange(seq, STABLE_STUDY, "Study", studyId);
    }

    boolean is(String type) {
        return "Study".equals(resourceType) && type.equals(changeType);
    }
}
