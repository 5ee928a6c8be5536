package org.telerad.routing.hl7.testing;

import java.util.List;
import java.util.Optional;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.WorkitemUid;

/** Reading tasks kept by another store, whose searches also match the accession number (as the SQL one does). */
public record AccessionMatchingTasks(ReadingTasks store) implements ReadingTasks {

    @Override
    public boolean addIfAbsent(ReadingTask task) {
        return store.addIfAbsent(task);
    }

    @Override
    public Optional<ReadingTask> find(WorkitemUid uid) {
        return store.find(uid);
    }

    @Override
    public Optional<ReadingTask> findForUpdate(WorkitemUid uid) {
        return store.findForUpdate(uid);
    }

    @Override
    public Optional<ReadingTask> findForUpdate(String studyInstanceUid, ReadType readType) {
        return store.findForUpdate(studyInstanceUid, readType);
    }

    @Override
    public void update(ReadingTask task) {
        store.update(task);
    }

    @Override
    public List<ReadingTask> search(TaskCriteria criteria, int offset, int limit) {
        return store.search(criteria, 0, Integer.MAX_VALUE - 1).stream()
                .filter(t -> criteria.accessionNumber() == null
                        || criteria.accessionNumber().equals(t.snapshot().request().accessionNumber()))
                .skip(offset).limit(limit + 1L).toList();
    }
}
