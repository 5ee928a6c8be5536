package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.UUID;

/** A task passed its due time without a signed report. */
public record SlaBreached(UUID taskId, Instant dueAt, Instant firedAt) implements SlaEvent {
}
