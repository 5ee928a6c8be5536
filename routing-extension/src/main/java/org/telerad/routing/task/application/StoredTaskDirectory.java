package org.telerad.routing.task.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.api.ReadingTaskDirectory;
import org.telerad.routing.api.TaskFacts;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.problem.TeleradException;

/** {@link ReadingTaskDirectory} from the task store, in the caller's transaction (no lock taken). */
@ApplicationScoped
public class StoredTaskDirectory implements ReadingTaskDirectory {

    @Inject
    ReadingTasks tasks;

    @Override
    public Optional<TaskFacts> find(String workitemUid) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(workitemUid);
        } catch (TeleradException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return tasks.find(uid).map(TaskLifecycleRelay::factsOf);
    }
}
