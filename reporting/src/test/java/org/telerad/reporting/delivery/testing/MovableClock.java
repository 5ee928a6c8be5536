package org.telerad.reporting.delivery.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    private MovableClock(Instant now) {
        this.now = now;
    }

    public static MovableClock at(String instant) {
        return new MovableClock(Instant.parse(instant));
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
