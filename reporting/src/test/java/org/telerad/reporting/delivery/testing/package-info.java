/** Fixtures and in-memory fakes for result delivery tests (signed versions, a movable clock, an audit recorder). */
package org.telerad.reporting.delivery.testing;
