package org.telerad.routing.viewer.domain;

import java.util.Objects;

/** The URL that opens a task's study in a viewer, and where it came from. */
public record ViewerLink(String taskUid, String studyInstanceUid, String archive, String url) {

    public ViewerLink {
        Objects.requireNonNull(taskUid, "taskUid");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(url, "url");
    }

    public static ViewerLink of(ViewedStudy study, ViewerUrlTemplate template) {
        return new ViewerLink(study.taskUid(), study.studyInstanceUid(), study.sourceArchive(),
                template.forStudy(study.studyInstanceUid()));
    }
}
