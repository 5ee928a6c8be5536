package org.telerad.routing.worklist.application;

import java.util.List;
import java.util.Optional;

/**
 * Port: reading tasks for the UI, already limited to a {@link WorklistScope}. Open tasks (SCHEDULED,
 * IN_PROGRESS) are ordered: the scope's reader's own tasks first, then by due time (none last), priority (HIGH
 * first) and age.
 */
public interface Worklist {

    /** Open tasks in scope; {@code studyInstanceUid} (optional) also includes that study's closed tasks. */
    List<WorklistEntry> open(WorklistScope scope, Query query);

    /** One task in scope, in any state. */
    Optional<WorklistEntry> task(WorklistScope scope, String taskId);

    /**
     * Filters of the worklist; null fields do not filter.
     *
     * @param limit at most this many (1..1000)
     */
    record Query(String facilityCode, String studyInstanceUid, boolean mineOnly, int limit) {
        public Query {
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit must be between 1 and 1000");
            }
        }
    }
}
