package org.telerad.reporting.delivery.outbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox store (port). Joins the caller's transaction. Safe for any number of workers on any number of nodes:
 * a claim never hands the same delivery to two workers while its lease runs.
 */
public interface DeliveryOutbox {

    /** Queues the deliveries (a delivery of the same report version to the same channel is queued once). */
    void enqueue(List<NewDelivery> deliveries);

    /**
     * Claims up to {@code limit} PENDING deliveries due at {@code now} whose channel is enabled, whose earlier
     * versions on the same channel are all delivered and that no live lease holds; each claim holds a lease until
     * {@code now + lease}. Oldest due first.
     */
    List<QueuedDelivery> claimDue(Instant now, Duration lease, int limit);

    /** Records the attempt and the delivery's new state; false (and nothing written) when the claim was lost. */
    boolean settle(QueuedDelivery claim, Settlement settlement);

    /** Sends a dead-lettered delivery back to PENDING, due at {@code now}, with a fresh failure budget. */
    boolean retry(UUID deliveryId, Instant now);

    /** One delivery with its attempts. */
    Optional<DeliveryRecord> find(UUID deliveryId);

    /** A page of deliveries, newest first. */
    DeliveryPage list(DeliveryQuery query, int page, int size);

    /** The earliest instant a PENDING delivery is due, if any. */
    Optional<Instant> nextDue();

    /** A page of deliveries and the total number matching. */
    record DeliveryPage(List<DeliveryRecord> items, long total) {
        public DeliveryPage {
            items = List.copyOf(items);
        }
    }
}
