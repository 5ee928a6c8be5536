package org.telerad.sla.clock.domain;

/** Where a reading clock stands: running (on track, warning, breached) or stopped (met, missed). */
public enum SlaState {
    ON_TRACK, WARNING, BREACHED, MET, MISSED;

    public boolean stopped() {
        return this == MET || this == MISSED;
    }
}
