/** {@code GET /api/board}. */
package org.telerad.routing.board.rest;
