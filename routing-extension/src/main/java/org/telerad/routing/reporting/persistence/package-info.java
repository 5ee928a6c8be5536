/** Performed Procedure Steps of completed tasks in table {@code routing_performed_procedure} (JDBC). */
package org.telerad.routing.reporting.persistence;
