/**
 * How every Telerad REST answer is written: one Jackson configuration (records, ISO-8601 dates, unknown fields
 * rejected, nulls left out) and {@code Cache-Control: no-store} on every {@code /api} response; and
 * one reading of {@code If-Match} for optimistic concurrency ({@link org.telerad.shared.rest.Preconditions}).
 */
package org.telerad.shared.rest;
