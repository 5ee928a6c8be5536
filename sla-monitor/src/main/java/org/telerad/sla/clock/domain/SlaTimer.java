package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One pending timer of a reading clock, as a durable timer store persists it: the task, a key unique per
 * task ({@code WARNING}, {@code BREACH}, {@code ESCALATION:0}, {@code AGEING:STAT}), its kind and the
 * instant it is due.
 */
public record SlaTimer(UUID taskId, String key, TimerKind kind, Instant dueAt) {
    public SlaTimer {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
