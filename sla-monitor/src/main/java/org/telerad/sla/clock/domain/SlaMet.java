package org.telerad.sla.clock.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A task's report was signed by its due time; {@code turnaround} excludes paused time. */
public record SlaMet(UUID taskId, Instant dueAt, Instant firedAt, Duration turnaround) implements SlaEvent {
}
