package org.telerad.shared.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} (UTC) tests move forward by hand: time passes without sleeping. */
public final class AdjustableClock extends Clock {

    private volatile Instant now;

    private AdjustableClock(Instant now) {
        this.now = now;
    }

    /** A clock showing {@code isoInstant}, e.g. {@code 2026-11-27T10:00:00Z}. */
    public static AdjustableClock at(String isoInstant) {
        return new AdjustableClock(Instant.parse(isoInstant));
    }

    /** A clock showing {@code instant}. */
    public static AdjustableClock at(Instant instant) {
        return new AdjustableClock(instant);
    }

    /** Sets the clock to {@code instant} (forward, or back for a test that needs it). */
    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock on by {@code by}; answers the new time. */
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
