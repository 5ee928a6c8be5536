/**
 * The durable outbox of result deliveries: one {@link org.telerad.reporting.delivery.outbox.domain.QueuedDelivery}
 * per signed report version and channel, written in the signing transaction, claimed by any node's worker, settled
 * after each attempt by the {@link org.telerad.reporting.delivery.outbox.domain.RetryPolicy} (retry with
 * exponential backoff, or dead letter), retried by hand from the dead-letter list. No persistence types here.
 */
package org.telerad.reporting.delivery.outbox.domain;
