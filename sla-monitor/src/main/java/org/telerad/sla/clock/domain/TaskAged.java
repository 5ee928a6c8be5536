package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.UUID;

import org.telerad.sla.contract.domain.Priority;

/** A task waited longer than the maximum wait and was promoted one tier in the queue. */
public record TaskAged(UUID taskId, Priority from, Priority to, Instant scheduledFor, Instant firedAt)
        implements SlaEvent {
}
