package org.telerad.routing.priors.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.priors.domain.AssignedStudies;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;

/** Reads what prefetch needs of a task from the reading-task store. */
@ApplicationScoped
public class ReadingTaskStudies implements AssignedStudies {

    @Inject
    ReadingTasks tasks;

    @Override
    public Optional<PrefetchSubject> byTask(String taskUid) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(taskUid);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return tasks.find(uid).map(ReadingTaskStudies::subject);
    }

    static PrefetchSubject subject(ReadingTask t) {
        return new PrefetchSubject(t.uid().value(), t.studyInstanceUid(), t.patient() == null ? null : t.patient().id(),
                t.facilityCode(), t.sourceArchive(), t.performer().map(Performer::username).orElse(null));
    }
}
