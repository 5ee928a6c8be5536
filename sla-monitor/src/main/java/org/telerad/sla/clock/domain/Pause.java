package org.telerad.sla.clock.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.telerad.sla.contract.domain.SlaErrors;

/** One pause of a reading clock: its reason, when it began and (once resumed) when it ended. */
public record Pause(PauseReason reason, Instant from, Instant until) {

    public Pause {
        SlaErrors.required(reason, "reason");
        SlaErrors.required(from, "from");
        if (until != null && until.isBefore(from)) {
            throw org.telerad.shared.problem.TeleradException.invalid(SlaErrors.TIME_RUNS_BACKWARDS, "until",
                    "a pause cannot end before it began");
        }
    }

    static Pause began(PauseReason reason, Instant at) {
        return new Pause(reason, at, null);
    }

    Pause endedAt(Instant at) {
        return new Pause(reason, from, at);
    }

    public boolean open() {
        return until == null;
    }

    public Optional<Instant> resumedAt() {
        return Optional.ofNullable(until);
    }

    /** Its length, counting an open pause up to {@code asOf}. */
    public Duration lengthAsOf(Instant asOf) {
        Instant end = until != null ? until : asOf;
        return end.isAfter(from) ? Duration.between(from, end) : Duration.ZERO;
    }
}
