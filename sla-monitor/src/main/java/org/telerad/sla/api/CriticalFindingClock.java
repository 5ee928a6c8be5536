package org.telerad.sla.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The short communication clock of a critical finding (ACR category 1, and optionally 2): started when the
 * reader records the finding, stopped when the communication to the care team is documented. When it runs out
 * the SLA monitor escalates through the facility contract's ladder (notify the reader, then the operations
 * on-call), audits it and fires {@link CriticalFindingOverdue}. The target per category comes from the task's
 * contract (defaults: category 1 within 60 minutes, category 2 within 24 hours, category 3 no timer).
 * Both methods join the caller's transaction and are idempotent.
 */
public interface CriticalFindingClock {

    /** A finding of ACR {@code category} (1, 2 or 3) was recorded on a task at {@code recordedAt}. */
    void findingRecorded(UUID findingId, String workitemUid, int category, Instant recordedAt);

    /** The finding's communication was documented at {@code communicatedAt}: its clock stops. */
    void findingCommunicated(UUID findingId, Instant communicatedAt);
}
