package org.telerad.sla.report.domain;

/**
 * Where a breached task's time went, in the order a task lives: waiting for a radiologist to be assigned, waiting
 * for the assigned radiologist to claim it, being read, paused (waiting for priors or clinical information).
 */
public enum BreachCause {
    UNASSIGNED, WAITING_FOR_CLAIM, READING, PAUSED
}
