package org.telerad.routing.viewer.domain;

import java.util.Optional;

/** Finds the study of a reading task by the task's (workitem) UID; empty for an unknown or malformed UID. */
public interface ViewedStudies {

    Optional<ViewedStudy> byTask(String taskUid);
}
