package org.telerad.sla.metrics.application;

import java.time.Instant;

/** Counts the running reading clocks (for the metrics gauges). */
public interface OpenClocks {

    /** The running clocks as of {@code now}. */
    OpenClockSnapshot snapshot(Instant now);
}
