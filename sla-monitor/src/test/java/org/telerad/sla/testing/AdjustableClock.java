package org.telerad.sla.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} tests move forward by hand: time passes without sleeping. */
public final class AdjustableClock extends Clock {

    private Instant now;

    private AdjustableClock(Instant now) {
        this.now = now;
    }

    public static AdjustableClock at(String isoInstant) {
        return new AdjustableClock(Instant.parse(isoInstant));
    }

    public Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
