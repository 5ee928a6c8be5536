/** HL7 messages and orders in PostgreSQL (tables {@code hl7_message}, {@code hl7_order}) on TeleradDS. */
package org.telerad.routing.hl7.persistence;
