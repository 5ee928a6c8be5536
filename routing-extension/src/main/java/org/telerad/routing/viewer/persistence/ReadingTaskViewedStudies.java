package org.telerad.routing.viewer.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.viewer.domain.ViewedStudies;
import org.telerad.routing.viewer.domain.ViewedStudy;

/** Reads what the viewer link needs of a task from the reading-task store. */
@ApplicationScoped
public class ReadingTaskViewedStudies implements ViewedStudies {

    @Inject
    ReadingTasks tasks;

    @Override
    public Optional<ViewedStudy> byTask(String taskUid) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(taskUid);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return tasks.find(uid).map(ReadingTaskViewedStudies::study);
    }

    static ViewedStudy study(ReadingTask t) {
        return new ViewedStudy(t.uid().value(), t.studyInstanceUid(), t.facilityCode(), t.sourceArchive(),
                t.performer().map(Performer::username).orElse(null));
    }
}
