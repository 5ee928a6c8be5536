/**
 * The outbox at work: {@code DeliveryQueue} writes the deliveries of a signed version in the signing transaction,
 * {@code DeliveryWorker} drains them on every node ({@code OutboxDrain}: claim, deliver, settle, audit, with the
 * transactional steps in {@code DeliveryAttempts}), {@code DeliveryAdministration} lists them and retries dead
 * letters.
 */
package org.telerad.reporting.delivery.outbox.application;
