/** {@code GET /api/tasks/{id}/priors}: the priors recorded for a task, with their state. */
package org.telerad.routing.priors.rest;
