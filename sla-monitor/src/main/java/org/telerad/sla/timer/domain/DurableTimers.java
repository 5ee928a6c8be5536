package org.telerad.sla.timer.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.telerad.sla.clock.domain.SlaTimer;

/**
 * Where reading-clock timers live between the instant they are scheduled and the instant they fire.
 *
 * <p>Contract: {@link #schedule} replaces a task's pending timers with the clock's current
 * {@link org.telerad.sla.clock.domain.ReadingClock#due due} list; fired timers are kept as history.
 * {@link #claimDue} marks due, unfired timers as fired at the given instant and returns them: every timer is
 * claimed by exactly one caller, even with several Telerad nodes on one database, and a timer that fell due
 * while Telerad was down is claimed at the next call with both instants recorded. Implementations join the
 * caller's transaction, so a claim rolled back is claimed again. Implementations are thread safe.
 */
public interface DurableTimers {

    /** Replaces the pending timers of {@code taskId} with {@code timers} (all of that task). */
    void schedule(UUID taskId, List<SlaTimer> timers);

    /** Drops the pending timers of a task whose clock stopped. */
    void cancel(UUID taskId);

    /** Claims at most {@code limit} timers due at or before {@code now}, earliest first, marking them fired at it. */
    List<FiredTimer> claimDue(Instant now, int limit);

    /** The earliest pending due instant, for the timer loop to sleep until. */
    Optional<Instant> nextDue();

    /** Every stored timer of a task, pending and fired, by due instant. */
    List<TimerRecord> of(UUID taskId);
}
