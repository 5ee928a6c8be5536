/** The worklist read from {@code routing_reading_task} and the tasks' current routing decisions. */
package org.telerad.routing.worklist.persistence;
