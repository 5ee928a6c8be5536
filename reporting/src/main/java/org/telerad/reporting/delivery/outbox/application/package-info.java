/**
 * The outbox at work: {@link org.telerad.reporting.delivery.outbox.application.DeliveryQueue} writes the deliveries
 * of a signed version in the signing transaction, {@link org.telerad.reporting.delivery.outbox.application.DeliveryWorker}
 * drains them on every node ({@link org.telerad.reporting.delivery.outbox.application.OutboxDrain}: claim, deliver,
 * settle, audit), {@link org.telerad.reporting.delivery.outbox.application.DeliveryAdministration} lists them and
 * retries dead letters.
 */
package org.telerad.reporting.delivery.outbox.application;
