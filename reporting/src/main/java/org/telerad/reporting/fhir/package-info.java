/**
 * The FHIR R4 {@code DiagnosticReport} of a signed report version, one mapping for both sides that show it: the
 * report's own FHIR read and search ({@code report.fhir}) and result delivery to an EHR ({@code delivery.fhir}).
 * Depends only on the reporting API.
 */
package org.telerad.reporting.fhir;
