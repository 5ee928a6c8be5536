/** Who sees which facilities on the board, and the port that reads it. */
package org.telerad.routing.board.application;
