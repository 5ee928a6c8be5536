package org.telerad.routing.hl7.domain;

import java.time.Instant;
import java.util.List;

/**
 * Where orders are kept (table {@code hl7_order}) until, and after, they are joined with a reading task.
 * Joining is serialised per accession number and study: both sides call {@link #lockJoinKeys} first in their
 * transaction, so an order and the images arriving at the same moment still end as one joined task.
 */
public interface ImagingOrders {

    /** Holds the join keys (either may be null) until the transaction ends. */
    void lockJoinKeys(String accessionNumber, String studyInstanceUid);

    /** Keeps an order; answers its id. */
    long add(String controlId, ImagingOrder order, OrderState state, String workitemUid, Instant at);

    /** The PENDING orders for this accession number or study UID (either may be null), oldest first. */
    List<KeptOrder> pendingFor(String accessionNumber, String studyInstanceUid);

    /** Settles a kept order: APPLIED to a task, SUPERSEDED or CANCELED. */
    void settle(long id, OrderState state, String workitemUid, Instant at);
}
