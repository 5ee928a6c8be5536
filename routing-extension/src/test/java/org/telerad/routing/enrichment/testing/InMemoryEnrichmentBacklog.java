package org.telerad.routing.enrichment.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.telerad.routing.enrichment.application.EnrichmentBacklog;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;

/** The backlog in memory; claims hand out PENDING entries whose time has come. */
public final class InMemoryEnrichmentBacklog implements EnrichmentBacklog {

    /** One task's entry. */
    public record Entry(Outcome outcome, String detail, int attempts, Instant nextAttempt) {
    }

    private final Map<WorkitemUid, Entry> entries = new LinkedHashMap<>();
    private final ReadingTasks tasks;

    public InMemoryEnrichmentBacklog(ReadingTasks tasks) {
        this.tasks = tasks;
    }

    public synchronized Entry of(WorkitemUid uid) {
        return entries.get(uid);
    }

    @Override
    public synchronized void record(WorkitemUid workitem, Outcome outcome, String detail, Instant nextAttempt,
            Instant now) {
        Entry before = entries.get(workitem);
        entries.put(workitem, new Entry(outcome, detail, before == null ? 0 : before.attempts(), nextAttempt));
    }

    @Override
    public synchronized List<Due> claimDue(Instant now, Instant unrecordedBefore, Instant claimedUntil, int limit) {
        List<Due> due = new ArrayList<>();
        for (Map.Entry<WorkitemUid, Entry> e : entries.entrySet()) {
            Entry v = e.getValue();
            if (due.size() < limit && v.outcome() == Outcome.PENDING && !v.nextAttempt().isAfter(now)) {
                Entry claimed = new Entry(v.outcome(), v.detail(), v.attempts() + 1, claimedUntil);
                e.setValue(claimed);
                var task = tasks.find(e.getKey()).orElseThrow();
                due.add(new Due(e.getKey(), task.studyInstanceUid(), task.sourceArchive(), claimed.attempts()));
            }
        }
        return due;
    }
}
