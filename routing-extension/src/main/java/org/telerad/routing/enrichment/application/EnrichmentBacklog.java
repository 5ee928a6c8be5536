package org.telerad.routing.enrichment.application;

import java.time.Instant;
import java.util.List;

import org.telerad.routing.task.domain.WorkitemUid;

/**
 * Which tasks still wait for their archive, and what enriching each one ended with. Implementation:
 * {@code JdbcEnrichmentBacklog}; in-memory fakes in tests.
 */
public interface EnrichmentBacklog {

    /** How an enrichment ended. */
    enum Outcome {
        /** The archive could not be asked yet: retried. */
        PENDING,
        /** Facts taken in and the facility recognised. */
        ENRICHED,
        /** Facts taken in (if any) but no facility recognised: unroutable with the reason, not retried. */
        UNRECOGNISED
    }

    /** A task due for another attempt: its workitem, study and the archive that sent it. */
    record Due(WorkitemUid workitem, String studyInstanceUid, String archiveName, int attempts) {
    }

    /** Records the outcome (and for PENDING when to try again), replacing an earlier one. */
    void record(WorkitemUid workitem, Outcome outcome, String detail, Instant nextAttempt, Instant now);

    /**
     * Claims up to {@code limit} tasks due at {@code now}: PENDING ones whose time has come, and SCHEDULED tasks
     * from an archive with no facility and no recorded outcome since before {@code unrecordedBefore} (an
     * intake interrupted between storing the task and recording its enrichment). A claimed task is not handed
     * out again (also not to another node) until {@code claimedUntil}.
     */
    List<Due> claimDue(Instant now, Instant unrecordedBefore, Instant claimedUntil, int limit);
}
