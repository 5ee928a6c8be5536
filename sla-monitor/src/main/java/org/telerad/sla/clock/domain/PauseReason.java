package org.telerad.sla.clock.domain;

/** Why a reading clock is paused; shown in turnaround reports. */
public enum PauseReason {
    WAITING_FOR_PRIORS, WAITING_FOR_CLINICAL_INFORMATION
}
