package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.UUID;

import org.telerad.sla.contract.domain.EscalationAction;

/** A rung of the contract's escalation ladder was reached for a task. */
public record TaskEscalated(UUID taskId, int step, EscalationAction action, Instant scheduledFor, Instant firedAt)
        implements SlaEvent {
}
