/**
 * The operations board's read model: open reading tasks counted by facility, priority and state, the tasks at
 * risk of missing their due time, and each radiologist's open load ({@code GET /api/board}). No patient data.
 */
package org.telerad.routing.board;
