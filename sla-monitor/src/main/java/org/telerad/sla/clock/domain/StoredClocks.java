package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where task clocks are kept (one per workitem). Implementations join the caller's transaction;
 * {@link #addIfAbsent} is atomic across nodes (of two starts at once, one is stored) and the find methods lock
 * the clock until the transaction ends, so one clock changes in one transaction at a time.
 */
public interface StoredClocks {

    /** Stores a new clock unless the workitem has one; {@code now} stamps it. */
    boolean addIfAbsent(TaskClock clock, Instant now);

    /** The workitem's clock, locked until the transaction ends. */
    Optional<TaskClock.Record> findForUpdate(String workitemUid);

    /** The clock with this id, locked until the transaction ends. */
    Optional<TaskClock.Record> findForUpdate(UUID clockId);

    /** Stores the changed clock (its due time computed as of {@code now}). */
    void update(TaskClock clock, Instant now);
}
