package org.telerad.sla.escalation.application;

import java.time.Instant;
import java.util.Objects;

import org.telerad.sla.contract.domain.EscalationAction;

/**
 * CDI event: a notification of an escalation step was sent to {@code recipient} (a radiologist's username, or
 * the operations on-call address), for delivery channels to pick up. Identifiers only, no patient data.
 */
public record EscalationNotified(String workitemUid, String facilityCode, int step, EscalationAction action,
        String recipient, Instant at) {
    public EscalationNotified {
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
    }
}
