/**
 * Integration tests of UPS-RS at {@code /telerad/rs/workitems} against the deployed WAR: creation exactly as
 * dcm4chee-arc-light's {@code ups:} exporter posts it, idempotent intake, query, claim and completion with the
 * Transaction UID, and the precise refusals of bad input.
 */
package org.telerad.it.upsrs;
