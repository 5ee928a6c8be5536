/** {@code GET /api/tasks/{id}/routing}: how a reading task was routed, and why. */
package org.telerad.routing.assignment.rest;
