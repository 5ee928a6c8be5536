/** {@code GET /api/tasks/{id}/viewer}: the viewer URL of a task's study. */
package org.telerad.routing.viewer.rest;
