package org.telerad.sla.clock.domain;

import org.telerad.registry.api.ReadType;
import org.telerad.sla.contract.domain.Priority;

/**
 * Whether a signed report stops a reading clock: a report of the clock's own read type does, a final always
 * does (it supersedes the preliminary), and for a STAT task either read does (DOMAIN.md: STAT stops at
 * preliminary or final signed). A preliminary does not stop a non-STAT final clock.
 */
public final class SignedReportStopsTheClock {

    private SignedReportStopsTheClock() {
    }

    public static Verdict decide(Priority priority, ReadType clockReadType, ReadType signed) {
        if (signed == clockReadType || signed == ReadType.FINAL || priority == Priority.STAT) {
            return Verdict.ALLOWED;
        }
        return Verdict.rejected("a " + signed.code() + " report does not stop the " + clockReadType.code()
                + " turnaround of a " + priority + " task; only a " + clockReadType.code() + " report does");
    }
}
