/** Running clocks counted in PostgreSQL for the metrics gauges. */
package org.telerad.sla.metrics.persistence;
