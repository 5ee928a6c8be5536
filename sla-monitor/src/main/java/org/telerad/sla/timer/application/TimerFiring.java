package org.telerad.sla.timer.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.telerad.sla.clock.application.CriticalFindings;
import org.telerad.sla.clock.application.TaskClocks;
import org.telerad.sla.timer.domain.DurableTimers;
import org.telerad.sla.timer.domain.FiredTimer;

/**
 * One due timer per transaction: claim it ({@code FOR UPDATE SKIP LOCKED}, so each timer is claimed by one node)
 * and hand it to the clock it belongs to (a reading clock, or a critical finding's), which fires, stores,
 * publishes and escalates in the same transaction. A failure rolls the claim back, so the timer is claimed
 * again; {@link #drop} claims a timer that keeps failing without firing it.
 */
@ApplicationScoped
public class TimerFiring {

    @Inject
    DurableTimers timers;

    @Inject
    TaskClocks clocks;

    @Inject
    CriticalFindings findings;

    /** Claims and fires the earliest timer due at {@code now}; empty when none is due. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<FiredTimer> fireNext(Instant now) {
        List<FiredTimer> claimed = timers.claimDue(now, 1);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        for (FiredTimer fired : claimed) { // one, but a timer marked fired must never go unprocessed
            if (CriticalFindings.owns(fired)) {
                findings.fire(fired);
            } else {
                clocks.fire(fired);
            }
        }
        return Optional.of(claimed.get(0));
    }

    /** Claims the earliest due timer without firing it (it failed repeatedly); empty when none is due. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<FiredTimer> drop(Instant now) {
        return timers.claimDue(now, 1).stream().findFirst();
    }

    /** The earliest pending due instant. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> nextDue() {
        return timers.nextDue();
    }
}
