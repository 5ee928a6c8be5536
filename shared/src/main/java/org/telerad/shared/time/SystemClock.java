package org.telerad.shared.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Produces {@link Clock}: the system clock in UTC. Tests replace it with an {@code @Alternative @Priority}
 * producer of a fixed or adjustable clock.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }
}
