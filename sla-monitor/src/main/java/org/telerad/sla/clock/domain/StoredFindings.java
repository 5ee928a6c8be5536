package org.telerad.sla.clock.domain;

import java.util.Optional;
import java.util.UUID;

/** Where critical findings' clocks are kept; joins the caller's transaction, finds lock the row. */
public interface StoredFindings {

    /** Stores the finding unless one with its id exists. */
    boolean addIfAbsent(CriticalFinding finding);

    Optional<CriticalFinding> findForUpdate(UUID findingId);

    void update(CriticalFinding finding);
}
