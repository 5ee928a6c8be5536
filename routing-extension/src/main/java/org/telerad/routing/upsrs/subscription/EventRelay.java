package org.telerad.routing.upsrs.subscription;

/**
 * Carries UPS event notices between the Telerad nodes of one database, so that a subscriber connected to node B
 * hears about a workitem changed on node A. Telerad's implementation relays through PostgreSQL LISTEN/NOTIFY
 * ({@code persistence.PgEventRelay}). A notice is published after the change committed; delivery is best effort
 * (a node that is down misses it, as UPS event reports to a closed WebSocket are missed).
 */
public interface EventRelay {

    /** This node's identity in notices (a random id per start). */
    String node();

    /** Tells the other nodes; never throws. */
    void publish(EventNotice notice);
}
