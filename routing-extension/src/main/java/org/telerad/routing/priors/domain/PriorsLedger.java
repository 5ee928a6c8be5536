package org.telerad.routing.priors.domain;

import java.time.Instant;
import java.util.List;

/** Where priors and prefetch runs are recorded ({@code routing_prior}, {@code routing_prior_run}). */
public interface PriorsLedger {

    /** Stores or replaces the prior of this task and study, counting attempts. */
    void record(Prior prior);

    List<Prior> ofTask(String taskUid);

    /** Records how the task's prefetch ended: done, or failed with the reason (then retried). */
    void recordRun(String taskUid, boolean failed, String reason, Instant at);

    /** Tasks whose last prefetch failed before {@code before}, tried fewer than {@code maxAttempts} times. */
    List<String> failedRuns(Instant before, int maxAttempts, int limit);
}
