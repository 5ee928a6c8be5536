/** The PostgreSQL store of task clocks (tables {@code sla_clock}, {@code sla_clock_pause}, plain JDBC). */
package org.telerad.sla.clock.persistence;
