package org.telerad.routing.task.domain;

/** What a requested state change did: changed the state, or found the task already in it (a warning in UPS). */
public enum StateChange {
    CHANGED, ALREADY_IN_STATE
}
