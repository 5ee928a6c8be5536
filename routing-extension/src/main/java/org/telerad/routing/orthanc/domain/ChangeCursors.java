package org.telerad.routing.orthanc.domain;

/**
 * Port: the persisted position in each archive's change log (one row per archive). Implementation:
 * {@code JdbcChangeCursors}; an in-memory fake in tests.
 */
public interface ChangeCursors {

    /** The position to read the archive's changes after; 0 (the beginning) for an archive never followed. */
    long positionOf(String archive);

    /**
     * Within the caller's transaction: locks the archive's cursor (skipping it when another node holds it) and
     * moves it from {@code expected} to {@code next}. Answers false, changing nothing, when the cursor is locked
     * elsewhere or no longer at {@code expected} (another node took in that page).
     */
    boolean advance(String archive, long expected, long next);
}
