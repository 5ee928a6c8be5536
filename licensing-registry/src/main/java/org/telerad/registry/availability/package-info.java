/**
 * Availability: the weekly reading windows (FHIR {@code PractitionerRole.availableTime}) during which a
 * radiologist reads a facility's studies, in that facility's time zone. Attached to the privilege; a
 * privilege with no window given means "always available".
 */
package org.telerad.registry.availability;
