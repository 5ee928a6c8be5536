/** The outbox in tables {@code delivery_outbox} and {@code delivery_attempt} (plain JDBC on {@code TeleradDS}). */
package org.telerad.reporting.delivery.outbox.persistence;
