/**
 * The UPS-RS JAX-RS edge at {@code /telerad/rs}: its own {@link org.telerad.routing.upsrs.rest.UpsRsApplication}
 * (explicit classes, so it is served only there and gets the shared providers explicitly), the workitems
 * resource, bounded body reading, the PS3.18 {@code Warning} header, and the guard that keeps UPS-RS out of
 * the annotation-scanned {@code /api} application.
 */
package org.telerad.routing.upsrs.rest;
