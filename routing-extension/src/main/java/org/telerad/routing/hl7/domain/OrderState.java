package org.telerad.routing.hl7.domain;

/**
 * Where a kept order stands: PENDING waits for its images; APPLIED was joined with the reading task;
 * SUPERSEDED was replaced by a later order for the same accession before its images came; CANCELED was
 * canceled by the placer.
 */
public enum OrderState {
    PENDING, APPLIED, SUPERSEDED, CANCELED
}
