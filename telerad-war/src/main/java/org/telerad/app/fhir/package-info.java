/**
 * The FHIR R4 endpoint at {@code /telerad/fhir}: one HAPI plain server that serves every resource provider
 * the modules contribute as CDI beans. It holds no mapping of its own; each module's FHIR adapter translates
 * its resources and calls its application services, so security and audit apply as on the REST API.
 */
package org.telerad.app.fhir;
