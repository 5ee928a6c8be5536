/** Channel configurations in table {@code delivery_channel} (plain JDBC on {@code TeleradDS}). */
package org.telerad.reporting.delivery.channel.persistence;
