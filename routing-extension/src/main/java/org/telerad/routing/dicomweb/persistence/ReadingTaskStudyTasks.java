package org.telerad.routing.dicomweb.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.dicomweb.domain.StudyTasks;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.viewer.domain.ViewedStudy;

/** Reads a study's tasks (all read types and states) from the reading-task store. */
@ApplicationScoped
public class ReadingTaskStudyTasks implements StudyTasks {

    static final int MOST = 20;

    @Inject
    ReadingTasks tasks;

    @Override
    public List<ViewedStudy> of(String studyInstanceUid) {
        TaskCriteria criteria = new TaskCriteria(null, null, null, null, null, List.of(studyInstanceUid), null, null);
        return tasks.search(criteria, 0, MOST).stream().map(ReadingTaskStudyTasks::study).toList();
    }

    static ViewedStudy study(ReadingTask t) {
        return new ViewedStudy(t.uid().value(), t.studyInstanceUid(), t.facilityCode(), t.sourceArchive(),
                t.performer().map(Performer::username).orElse(null));
    }
}
