package org.telerad.routing.task.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.problem.TeleradException;

/** Reading tasks in a map, stored as snapshots (so a test sees only what was stored), versioned like the table. */
public final class InMemoryReadingTasks implements ReadingTasks {

    private final Map<String, ReadingTask.Snapshot> byUid = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(ReadingTask task) {
        ReadingTask.Snapshot s = task.snapshot();
        if (byUid.values().stream().anyMatch(x -> x.studyInstanceUid().equals(s.studyInstanceUid())
                && x.readType() == s.readType())) {
            return false;
        }
        if (byUid.containsKey(s.uid().value())) {
            throw TeleradException.conflict("TELERAD-TASK-020", "uid taken");
        }
        byUid.put(s.uid().value(), s);
        return true;
    }

    @Override
    public synchronized Optional<ReadingTask> find(WorkitemUid uid) {
        return Optional.ofNullable(byUid.get(uid.value())).map(ReadingTask::restore);
    }

    @Override
    public Optional<ReadingTask> findForUpdate(WorkitemUid uid) {
        return find(uid);
    }

    @Override
    public synchronized Optional<ReadingTask> findForUpdate(String study, ReadType readType) {
        return byUid.values().stream().filter(x -> x.studyInstanceUid().equals(study) && x.readType() == readType)
                .findFirst().map(ReadingTask::restore);
    }

    @Override
    public synchronized void update(ReadingTask task) {
        ReadingTask.Snapshot s = task.snapshot();
        ReadingTask.Snapshot stored = byUid.get(s.uid().value());
        if (stored == null || stored.version() != s.version()) {
            throw TeleradException.preconditionFailed("TELERAD-TASK-021", "stale");
        }
        byUid.put(s.uid().value(), ReadingTask.restore(new ReadingTask.Snapshot(s.uid(), s.studyInstanceUid(),
                s.readType(), s.patient(), s.request(), s.inputs(), s.procedureStepLabel(), s.worklistLabel(),
                s.priority(), s.inputReadiness(), s.facilityCode(), s.facts(), s.scheduledStart(),
                s.expectedCompletion(), s.sourceArchive(), s.performer(), s.state(), s.transactionUid(),
                s.claimedBy(), s.cancellationRequested(), s.cancellationReason(), s.progress(),
                s.progressDescription(), s.createdAt(), s.updatedAt(), s.version() + 1)).snapshot());
    }

    @Override
    public synchronized List<ReadingTask> search(TaskCriteria c, int offset, int limit) {
        List<ReadingTask> all = new ArrayList<>();
        byUid.values().stream()
                .filter(s -> c.studyInstanceUids().isEmpty() || c.studyInstanceUids().contains(s.studyInstanceUid()))
                .filter(s -> c.states().isEmpty() || c.states().contains(s.state()))
                .filter(s -> c.performerUsername() == null
                        || ReadingTask.restore(s).belongsTo(c.performerUsername()))
                .sorted(Comparator.comparing(ReadingTask.Snapshot::priority).thenComparing(ReadingTask.Snapshot::createdAt))
                .skip(offset).limit(limit + 1L).forEach(s -> all.add(ReadingTask.restore(s)));
        return all;
    }

    public synchronized int size() {
        return byUid.size();
    }
}
