/**
 * The FHIR R4 adapter of result delivery: {@link org.telerad.reporting.delivery.fhir.FhirDiagnosticReportDelivery}
 * creates or updates the report's DiagnosticReport on the facility's FHIR server (HAPI client, conditional update
 * by the report identifier), with the facility's authentication. HAPI FHIR types stop here.
 */
package org.telerad.reporting.delivery.fhir;
