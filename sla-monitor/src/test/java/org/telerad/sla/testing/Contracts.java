package org.telerad.sla.testing;

import org.telerad.sla.contract.domain.TurnaroundContract;

/** Ready-made turnaround contracts. */
public final class Contracts {

    public static final String DALLAS = "tx-dallas";

    private Contracts() {
    }

    /** Version 1 of tx-dallas with every default (STAT 30 min, preliminary 60 min, final 24 h). */
    public static TurnaroundContract dallasDefaults() {
        return TurnaroundContract.defaultsFor(DALLAS);
    }
}
