/** {@code /api/deliveries}: the delivery list with attempts and reasons, and the retry of dead letters. */
package org.telerad.reporting.delivery.outbox.rest;
