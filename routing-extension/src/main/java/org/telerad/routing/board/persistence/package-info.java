/** The board read from {@code routing_reading_task} and the current routing decisions. */
package org.telerad.routing.board.persistence;
