package org.telerad.sla.api;

import java.time.Instant;
import java.util.UUID;

/** CDI event: a critical finding's communication was not documented by its due instant. */
public record CriticalFindingOverdue(UUID findingId, String workitemUid, int category, Instant dueAt,
        Instant firedAt) {
}
