package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.UUID;

/** The warning share of a task's target elapsed; due at {@code dueAt}. */
public record SlaWarned(UUID taskId, Instant scheduledFor, Instant firedAt, Instant dueAt) implements SlaEvent {
}
