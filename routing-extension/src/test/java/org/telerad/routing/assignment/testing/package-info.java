/**
 * Test fixtures and in-memory fakes for routing: fixture radiologists and facilities, an {@code Eligibility}
 * that applies the registry's rules to them (not a mock: it really evaluates), an in-memory workload,
 * reader profiles and contracts.
 */
package org.telerad.routing.assignment.testing;
