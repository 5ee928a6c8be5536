package org.telerad.routing.hl7.mllp;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.hl7v2.util.idgenerator.IDGenerator;

/**
 * Message control ids (MSH-10) of the messages the MLLP listener answers with: {@code TR<epoch millis>.<counter>},
 * kept in memory. HAPI's default generator keeps its counter in a file ({@code id_file}) in the server's working
 * directory; this one writes nothing, and the time part keeps ids apart across restarts. Used for Telerad's own
 * ACKs ({@link Acknowledgements}) and for the ACKs HAPI builds itself (its parser configuration). Thread safe.
 */
final class ControlIds implements IDGenerator {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Clock clock;

    ControlIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String getID() {
        return next(clock);
    }

    static String next(Clock clock) {
        return "TR" + clock.millis() + "." + SEQUENCE.incrementAndGet();
    }
}
