/**
 * How every Telerad REST answer is written: one Jackson configuration (records, ISO-8601 dates, unknown fields
 * rejected, nulls left out) and {@code Cache-Control: no-store} on every {@code /api} response.
 */
package org.telerad.shared.rest;
