/**
 * The viewer link of a reading task: {@code GET /api/tasks/{id}/viewer} answers the URL that opens the task's
 * study in a viewer (the archive's own viewer, OHIF, Weasis), built from the URL template configured for the
 * archive the task came from with the Study Instance UID filled in. The link never carries a token: the viewer
 * authenticates on its own.
 */
package org.telerad.routing.viewer;
