/** {@code GET /api/worklist}, {@code GET /api/worklist/{id}} and the change stream {@code GET /api/worklist/changes}. */
package org.telerad.routing.worklist.rest;
