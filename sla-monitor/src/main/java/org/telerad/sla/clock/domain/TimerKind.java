package org.telerad.sla.clock.domain;

/** What a timer does when it fires. */
public enum TimerKind {
    WARNING, BREACH, ESCALATION, AGEING
}
