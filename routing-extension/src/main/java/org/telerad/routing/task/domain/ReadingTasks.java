package org.telerad.routing.task.domain;

import java.util.List;
import java.util.Optional;

import org.telerad.registry.api.ReadType;

/**
 * Where reading tasks are kept. Implementations must make {@link #addIfAbsent} atomic across threads and
 * nodes: of two tasks for the same (study, read type) added at once, exactly one is stored.
 */
public interface ReadingTasks {

    /**
     * Stores a new task unless one exists for its study and read type.
     *
     * @return true when stored, false when a task for that study and read type already exists
     * @throws org.telerad.shared.problem.TeleradException (conflict) when its workitem UID is already taken by
     *         another study's task
     */
    boolean addIfAbsent(ReadingTask task);

    Optional<ReadingTask> find(WorkitemUid uid);

    /** Loads and locks the task until the transaction ends. */
    Optional<ReadingTask> findForUpdate(WorkitemUid uid);

    /**
     * Loads and locks the task until the transaction ends, unless another transaction holds its lock (then
     * empty at once, as for a task that does not exist): for periodic checks on several nodes, which leave a
     * task someone else is working on to its next run ({@code FOR UPDATE SKIP LOCKED}). Stores without row
     * locks answer {@link #findForUpdate(WorkitemUid)}.
     */
    default Optional<ReadingTask> findForUpdateUnlessLocked(WorkitemUid uid) {
        return findForUpdate(uid);
    }

    /** Loads and locks the task for this study and read type until the transaction ends. */
    Optional<ReadingTask> findForUpdate(String studyInstanceUid, ReadType readType);

    /**
     * Stores the changed task.
     *
     * @throws org.telerad.shared.problem.TeleradException (precondition failed) when it changed since loaded
     */
    void update(ReadingTask task);

    /** Matching tasks, most urgent and oldest first, {@code limit + 1} at most so callers see if more exist. */
    List<ReadingTask> search(TaskCriteria criteria, int offset, int limit);
}
