/** The clock Telerad reads time from: system UTC in production, replaceable by a CDI alternative in tests. */
package org.telerad.shared.time;
