/**
 * Integration tests of FHIR intake at {@code /telerad/fhir/ImagingStudy} against the deployed WAR: the body
 * dcm4chee-arc-light's {@code fhir:} exporter posts (R5), the same study through UPS-RS ending in one task, and
 * the refusals.
 */
package org.telerad.it.fhirintake;
