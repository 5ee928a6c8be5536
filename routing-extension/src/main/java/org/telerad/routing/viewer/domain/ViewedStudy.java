package org.telerad.routing.viewer.domain;

import java.util.Objects;

/** What the viewer link needs of a task: its study, its facility, the archive it came from and its reader. */
public record ViewedStudy(String taskUid, String studyInstanceUid, String facilityCode, String sourceArchive,
        String assigneeUsername) {

    public ViewedStudy {
        Objects.requireNonNull(taskUid, "taskUid");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    }
}
