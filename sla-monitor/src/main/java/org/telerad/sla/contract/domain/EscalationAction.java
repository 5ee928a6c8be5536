package org.telerad.sla.contract.domain;

/** What an escalation step does when its instant passes. */
public enum EscalationAction {
    NOTIFY_ASSIGNED_RADIOLOGIST, REASSIGN, NOTIFY_OPERATIONS_ON_CALL
}
