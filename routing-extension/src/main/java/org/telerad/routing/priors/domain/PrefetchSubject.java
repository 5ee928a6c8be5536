package org.telerad.routing.priors.domain;

import java.util.Objects;

/**
 * The assigned task as prefetch needs it: its UID, its study, the patient ID (sent only to the archive query,
 * never logged: {@link #toString()} hides it), the facility, the archive it came from and the reader.
 */
public record PrefetchSubject(String taskUid, String studyInstanceUid, String patientId, String facilityCode,
        String sourceArchive, String assigneeUsername) {

    public PrefetchSubject {
        Objects.requireNonNull(taskUid, "taskUid");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    }

    @Override
    public String toString() {
        return "PrefetchSubject[" + taskUid + "]";
    }
}
