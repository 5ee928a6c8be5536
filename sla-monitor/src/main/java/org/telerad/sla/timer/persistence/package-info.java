/** The PostgreSQL implementation of the durable timer store (table {@code sla_timer}, plain JDBC). */
package org.telerad.sla.timer.persistence;
