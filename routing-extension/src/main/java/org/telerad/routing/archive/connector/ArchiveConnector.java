package org.telerad.routing.archive.connector;

import java.time.Duration;

/**
 * SPI: an archive connector pulls work from an archive that cannot (or may not reliably) push it to Telerad, and
 * takes each study in through the same intake as the UPS-RS create (enrichment, facility recognition, routing).
 * Implementations are CDI beans; {@link ConnectorPolling} calls every {@link #enabled() enabled} one on its own
 * schedule.
 *
 * <p><b>Contract.</b> {@link #follow()} takes in what changed in the archive since the connector's persisted
 * position and advances that position in the same transaction as the tasks it creates, so a restart or a missed
 * notification loses nothing and duplicates nothing. It is safe to call from several nodes at once (one of them
 * wins each step, the others do nothing). It never throws for an unreachable archive: it answers
 * {@link FollowResult#unreachable(String)} and is called again at the next tick.
 */
public interface ArchiveConnector {

    /** The configured archive this connector follows (a name in {@code routing_archive}). */
    String archiveName();

    /** False when the connector is not configured (e.g. no URL): it is then never called. */
    boolean enabled();

    /** How long to wait between two calls of {@link #follow()}. */
    Duration pollInterval();

    /** Takes in what changed since the persisted position. */
    FollowResult follow();

    /** How one call of {@link #follow()} ended. */
    record FollowResult(int studiesTakenIn, long position, String unreachableReason) {

        public static FollowResult followed(int studiesTakenIn, long position) {
            return new FollowResult(studiesTakenIn, position, null);
        }

        public static FollowResult unreachable(String reason) {
            return new FollowResult(0, -1, reason);
        }

        public boolean reachable() {
            return unreachableReason == null;
        }
    }
}
